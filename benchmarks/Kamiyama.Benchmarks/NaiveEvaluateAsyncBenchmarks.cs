using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Kamiyama.Domain;
using Kamiyama.Domain.Sheets;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Kamiyama.Benchmarks;

/// <summary>
/// The truly naive way: <c>CSharpScript.EvaluateAsync</c> per indicator, which compiles and loads a new assembly each
/// call and never unloads it (roslyn #41722; STYLE.md forbids it in the product). Run on 100 sheets only, a few
/// iterations: multiply the mean by 100 to compare with <see cref="EvaluateBenchmarks"/> at 10,000 sheets.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NaiveEvaluateAsyncBenchmarks
{
    private const string ScriptCode = "Indicator.Kind != IndicatorKind.Qualitative && Indicator.ActualDiffersFromTarget && !Sheet.HasReason";

    private EvaluationDocument _document = null!;
    private ScriptOptions _options = null!;

    /// <summary>How many sheets (a hundredth of the main suite's).</summary>
    [Params(100)]
    public int Sheets { get; set; }

    /// <summary>Builds the subset and checks that the naive way counts what the plain loop counts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Create(Sheets);
        _options = ScriptOptions.Default.AddReferences(typeof(Indicator).Assembly).AddImports("Kamiyama.Domain.Sheets");
        var expected = Kmy001.Count(_document);
        var actual = EvaluateAsyncPerIndicator().GetAwaiter().GetResult();
        Console.WriteLine($"// {Sheets} sheets; findings: HandWritten={expected}, EvaluateAsyncPerIndicator={actual}");
        if (expected != actual || expected == 0)
        {
            throw new InvalidOperationException($"EvaluateAsync counted {actual} findings, the plain loop {expected}.");
        }
    }

    [Benchmark]
    public async Task<int> EvaluateAsyncPerIndicator()
    {
        var count = 0;
        foreach (var sheet in _document.Sheets)
        {
            foreach (var indicator in sheet.Indicators)
            {
                var globals = new ScriptGlobals { Indicator = indicator, Sheet = sheet };
                if (await CSharpScript.EvaluateAsync<bool>(ScriptCode, _options, globals, typeof(ScriptGlobals)).ConfigureAwait(false))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
