using BenchmarkDotNet.Attributes;
using Kamiyama.Domain;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Sheets;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using RulesEngine.Models;
using Engine = RulesEngine.RulesEngine;

namespace Kamiyama.Benchmarks;

/// <summary>
/// The KMY001 check (an indicator whose actual differs from its target on a sheet without 理由) over 10,000 sheets,
/// many ways: a plain counting loop (the baseline), a plain loop making the same findings as the engine, the real rule
/// file compiled by <see cref="RuleLoader"/> and run by <see cref="RuleSet.Evaluate(EvaluationDocument, RuleOptions?)"/>
/// (outcomes, contexts and findings included: that is the product), Microsoft RulesEngine, FluentValidation, and a
/// CSharpScript delegate invoked per indicator. Each returns the finding count; <see cref="Setup"/> throws unless all of
/// them agree (and the hand-written findings' messages are the engine's).
/// </summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks : IDisposable
{
    private const string Workflow = "KMY001";
    private const string ScriptCode = "Indicator.Kind != IndicatorKind.Qualitative && Indicator.ActualDiffersFromTarget && !Sheet.HasReason";

    private EvaluationDocument _document = null!;
    private RuleSet _ruleSet = null!;
    private RuleSet _handWrittenRules = null!;
    private RuleSet _japaneseOnly = null!;
    private Engine _engine = null!;
    private IndicatorFacts[] _facts = [];
    private ReasonRequiredValidator _validator = null!;
    private ScriptRunner<bool> _runner = null!;
    private string _cache = string.Empty;

    /// <summary>How many sheets the document holds.</summary>
    [Params(10_000)]
    public int Sheets { get; set; }

    /// <summary>Builds the document and every engine once, and checks that every way counts the same findings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Create(Sheets);
        _cache = Directory.CreateTempSubdirectory("kamiyama-bench-").FullName;
        var loaded = RuleLoader.Load([Kmy001.Source()], new RuleLoadOptions { CacheDirectory = _cache });
        _handWrittenRules = RuleSet.FromRules(new HandWrittenReasonRequired());
        _ruleSet = loaded.Success && loaded.RuleSet is { } set ? set : throw new InvalidOperationException($"KMY001 did not load: {loaded}");
        var japanese = RuleLoader.Load([Kmy001.WithoutEnglish()], new RuleLoadOptions { CacheDirectory = _cache });
        _japaneseOnly = japanese.Success && japanese.RuleSet is { } only ? only : throw new InvalidOperationException($"KMY001 without English did not load: {japanese}");

        _facts = [.. _document.Sheets.SelectMany(sheet => sheet.Indicators.Select(indicator => Facts(indicator, sheet)))];
        var rule = new Rule
        {
            RuleName = "ReasonRequired",
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = "!(input1.Comparable && input1.Target != input1.Actual && !input1.HasReason)",
            ErrorMessage = "乖離があるのに理由がない",
        };
        _engine = new Engine([new Workflow { WorkflowName = Workflow, Rules = [rule] }]);
        _validator = new ReasonRequiredValidator();

        var options = ScriptOptions.Default.AddReferences(typeof(Indicator).Assembly).AddImports("Kamiyama.Domain.Sheets");
        _runner = CSharpScript.Create<bool>(ScriptCode, options, typeof(ScriptGlobals)).CreateDelegate();

        var counts = new Dictionary<string, int>
        {
            [nameof(HandWritten)] = HandWritten(),
            [nameof(HandWrittenFindings)] = HandWrittenFindings(),
            [nameof(CompiledScript)] = CompiledScript(),
            [nameof(CompiledScriptJapaneseOnly)] = CompiledScriptJapaneseOnly(),
            [nameof(CompiledScriptPathsRead)] = CompiledScriptPathsRead(),
            [nameof(HandWrittenRuleInEngine)] = HandWrittenRuleInEngine(),
            [nameof(RulesEngine)] = RulesEngine().GetAwaiter().GetResult(),
            [nameof(FluentValidation)] = FluentValidation(),
            [nameof(NaiveScriptRunner)] = NaiveScriptRunner().GetAwaiter().GetResult(),
        };
        var indicators = _facts.Length;
        Console.WriteLine($"// {Sheets:N0} sheets, {indicators:N0} indicators; findings: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}");
        var engineMessages = _ruleSet.Evaluate(_document).Findings.Select(f => f.Message);
        if (!Kmy001.Findings(_document).Select(f => f.Message).SequenceEqual(engineMessages))
        {
            throw new InvalidOperationException("The hand-written findings' messages are not the engine's.");
        }

        if (counts.Values.Distinct().Count() != 1 || counts[nameof(HandWritten)] == 0)
        {
            throw new InvalidOperationException($"The ways disagree: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}");
        }
    }

    /// <summary>Unloads the rules and removes the temporary cache.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _ruleSet?.Dispose();
        _japaneseOnly?.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => Kmy001.Count(_document);

    /// <summary>The same findings (message, places, related places) made by a plain loop: the limit for the engine's product.</summary>
    [Benchmark]
    public int HandWrittenFindings() => Kmy001.Findings(_document).Count;

    [Benchmark]
    public int CompiledScript() => _ruleSet.Evaluate(_document).Findings.Count;

    /// <summary>The compiled script, then every finding's paths read (the engine spells out paths only when read).</summary>
    /// <summary>The same rule without its English texts: what making the English message beside the Japanese one costs.</summary>
    [Benchmark]
    public int CompiledScriptJapaneseOnly() => _japaneseOnly.Evaluate(_document).Findings.Count;

    [Benchmark]
    public int CompiledScriptPathsRead()
    {
        var findings = _ruleSet.Evaluate(_document).Findings;
        var length = 0;
        foreach (var finding in findings)
        {
            length += finding.Location.Path.Length;
            foreach (var related in finding.Related)
            {
                length += related.Path.Length;
            }
        }

        return length > 0 ? findings.Count : 0;
    }

    /// <summary>The same rule written in C# ahead of time, through the same engine: the target for CompiledScript is 1.5× this.</summary>
    [Benchmark]
    public int HandWrittenRuleInEngine() => _handWrittenRules.Evaluate(_document).Findings.Count;

    /// <summary>One workflow execution per indicator over pre-flattened inputs (flattening is not timed).</summary>
    [Benchmark]
    public async Task<int> RulesEngine()
    {
        var count = 0;
        foreach (var facts in _facts)
        {
            var results = await _engine.ExecuteAllRulesAsync(Workflow, facts).ConfigureAwait(false);
            if (!results[0].IsSuccess)
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark]
    public int FluentValidation()
    {
        var count = 0;
        foreach (var sheet in _document.Sheets)
        {
            count += _validator.Validate(sheet).Errors.Count;
        }

        return count;
    }

    /// <summary>A ScriptRunner made once from CSharpScript.Create, awaited per indicator with fresh globals.</summary>
    [Benchmark]
    public async Task<int> NaiveScriptRunner()
    {
        var count = 0;
        foreach (var sheet in _document.Sheets)
        {
            foreach (var indicator in sheet.Indicators)
            {
                if (await _runner(new ScriptGlobals { Indicator = indicator, Sheet = sheet }).ConfigureAwait(false))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static IndicatorFacts Facts(Indicator indicator, Sheet sheet) =>
        indicator.Kind != IndicatorKind.Qualitative && indicator.Target is Domain.Values.IndicatorValue.Quantity t && indicator.Actual is Domain.Values.IndicatorValue.Quantity a
            ? new IndicatorFacts { Comparable = true, Target = t.Value, Actual = a.Value, HasReason = sheet.HasReason }
            : new IndicatorFacts { Comparable = false, HasReason = sheet.HasReason };
}
