using BenchmarkDotNet.Attributes;
using Kamiyama.Domain;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// What running the nine built-in rules in a worker process costs against running them in this process (the baseline):
/// on the bundled sample (15 sheets: the cost is the worker's start, the gated assembly and the document sent over the
/// pipe) and on 10,000 sheets (the cost per sheet: the document encoded and read back, raw findings streamed back and
/// made by the host). <see cref="Setup"/> throws unless both give the same findings and outcomes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class IsolationBenchmarks : IDisposable
{
    private static readonly RuleOptions InProcess = RuleOptions.Default with { Isolation = RuleIsolation.None };
    private static readonly RuleOptions InAWorker = RuleOptions.Default with { Isolation = RuleIsolation.Process };

    private EvaluationDocument _document = null!;
    private RuleSet _rules = null!;
    private string _cache = string.Empty;

    /// <summary>How many sheets: 0 is the bundled sample itself.</summary>
    [Params(0, 10_000)]
    public int Sheets { get; set; }

    /// <summary>Loads the built-in rules and the document, and checks that both ways agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = Sheets == 0
            ? TextSheetSource.Bundled().Read().Document ?? throw new InvalidOperationException("The bundled sample did not read.")
            : BenchmarkDocument.Create(Sheets);
        _cache = Directory.CreateTempSubdirectory("kamiyama-bench-").FullName;
        var loaded = RuleLoader.LoadBuiltIn(new RuleLoadOptions { CacheDirectory = _cache });
        _rules = loaded.Success && loaded.RuleSet is { } set ? set : throw new InvalidOperationException($"The built-in rules did not load: {loaded}");

        var here = _rules.Evaluate(_document, InProcess);
        var there = _rules.Evaluate(_document, InAWorker);
        Console.WriteLine($"// {_document.Sheets.Count:N0} sheets; findings in process {here.Findings.Count:N0}, in a worker {there.Findings.Count:N0}");
        if (!here.Findings.SequenceEqual(there.Findings) || !here.Outcomes.SequenceEqual(there.Outcomes) || here.Findings.Count == 0)
        {
            throw new InvalidOperationException("The worker's findings or outcomes are not those of the run in process.");
        }
    }

    /// <summary>Unloads the rules and removes the temporary cache.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _rules?.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The built-in rules in this process.</summary>
    [Benchmark(Baseline = true)]
    public int InThisProcess() => _rules.Evaluate(_document, InProcess).Findings.Count;

    /// <summary>The built-in rules in a worker process started for the run.</summary>
    [Benchmark]
    public int InAWorkerProcess() => _rules.Evaluate(_document, InAWorker).Findings.Count;
}
