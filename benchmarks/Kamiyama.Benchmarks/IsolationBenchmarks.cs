using BenchmarkDotNet.Attributes;
using Kamiyama.Domain;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// What running the nine built-in rules in a worker process costs against running them in this process (the baseline):
/// in a fresh worker (its start, the gated assembly, the document sent over the pipe) and in the worker the set kept from
/// its previous run (the document only); on the bundled sample (15 sheets: the fixed cost) and on 10,000 sheets (the cost
/// per sheet: the document encoded and rebuilt, raw findings streamed back and made by the host). <see cref="Setup"/>
/// throws unless a worker gives the findings and outcomes of the run in process.
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

    /// <summary>Ends the worker the set keeps, so that the next run starts one.</summary>
    [IterationSetup(Target = nameof(InAFreshWorker))]
    public void EndWorker() => _rules.EndIdleWorker();

    /// <summary>The built-in rules in a worker process started for the run: a set's first run, or the CLI's only one.</summary>
    [Benchmark]
    public int InAFreshWorker() => _rules.Evaluate(_document, InAWorker).Findings.Count;

    /// <summary>The built-in rules in the worker the set kept from its previous run: a server's every later run.</summary>
    [Benchmark]
    public int InTheKeptWorker() => _rules.Evaluate(_document, InAWorker).Findings.Count;
}
