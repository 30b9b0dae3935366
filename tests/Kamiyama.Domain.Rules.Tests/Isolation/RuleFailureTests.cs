using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// One rule's failure is that rule's alone: whatever a rule's exception does when its message is read, however a rule
/// swallows or swaps the guard's stop, the built-in rules' 17 findings on the sample still come back.
/// </summary>
public sealed class RuleFailureTests : IClassFixture<RuleFailureTests.Rules>
{
    private static readonly RuleOptions ShortLimit = new() { TimeLimit = TimeSpan.FromMilliseconds(200) };
    private readonly Rules _rules;

    public RuleFailureTests(Rules rules) => _rules = rules;

    [Theory]
    [InlineData("KMY900", "(the message could not be read: its getter threw InvalidOperationException)")]
    [InlineData("KMY901", "(the message could not be read: RuleTimeoutException: The rule ran longer than its limit of 100 ms and was stopped.)")]
    public void Evaluate_ExceptionWhoseMessageGetterFails_IsAnErrorInTheEnginesWords(string id, string message)
    {
        var run = _rules.Run(ShortLimit);

        var errors = run.EngineErrors.Where(e => e.RuleId == id).ToList();
        Assert.Equal(run.Outcomes.Count(o => o.RuleId == id), errors.Count);
        Assert.All(errors, e => Assert.Equal($"Nasty: {message} (at rules/{id}.csx line 13)", e.Error));
    }

    [Fact]
    public void Evaluate_ExceptionWithAHugeMessage_IsCut()
    {
        var run = _rules.Run(ShortLimit);

        var error = run.EngineErrors.First(e => e.RuleId == "KMY902").Error!;
        Assert.Matches(@"^Nasty: x{500}… \(at rules/KMY902\.csx line [0-9]+\)$", error);
    }

    [Fact]
    public void Load_ConstructorThrowingANastyException_IsKrl004InTheEnginesWords_AndTheOthersLoad()
    {
        var diagnostic = Assert.Single(_rules.Loaded.Diagnostics, d => d.Code == "KRL004");
        Assert.Matches(@"^The rule HostileKMY903 could not be created: Nasty: \(the message could not be read: its getter threw InvalidOperationException\) \(at rules/KMY903\.csx line [0-9]+\)$", diagnostic.Message);
        Assert.DoesNotContain(_rules.Set.Descriptors, d => d.Id == "KMY903");
    }

    [Fact]
    public void Evaluate_WithHostileRules_TheBuiltInRulesStillFindTheir17Findings()
    {
        var run = _rules.Run(ShortLimit);

        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
        Assert.Equal(SampleFindingsTests.Run().Findings, run.Findings.Where(f => f.RuleId.StartsWith("KMY00", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_EndlessLoopOnIndicators_IsOneErrorAndTheRestSkipped_InAboutTheTimeLimit()
    {
        var run = _rules.Run(ShortLimit);

        var error = Assert.Single(run.EngineErrors, e => e.RuleId == "KMY910");
        Assert.Equal("RuleTimeoutException: The rule ran longer than its limit of 200 ms and was stopped.", error.Error);
        var outcomes = run.Outcomes.Where(o => o.RuleId == "KMY910").ToList();
        Assert.Equal(OutcomeKind.Error, outcomes[0].Kind);
        Assert.All(outcomes.Skip(1), o => Assert.Equal(OutcomeKind.Skipped, o.Kind));
        Assert.True(outcomes.Count > 20, $"{outcomes.Count} indicators");

        // Before, every indicator ran to the limit: 28 times 200 ms for this rule alone. Now only the first runs (the rest
        // are Skipped, never started), so the run takes one limit, not 28; no clock is asserted here.
    }

    [Fact]
    public void Evaluate_RuleThatSwapsTheStopInAFinallyAndReports_IsAnEngineError_NotAFinding()
    {
        var run = _rules.Run(ShortLimit);

        Assert.DoesNotContain(run.Findings, f => f.RuleId == "KMY911");
        var error = Assert.Single(run.EngineErrors, e => e.RuleId == "KMY911");
        Assert.Equal("RuleTimeoutException: The rule ran longer than its limit of 200 ms and was stopped.", error.Error);
        Assert.Equal(run.Outcomes.Count(o => o.RuleId == "KMY911") - 1, run.Outcomes.Count(o => o.RuleId == "KMY911" && o.Kind == OutcomeKind.Skipped));
    }

    [Fact]
    public void Evaluate_OrdinaryException_IsAnErrorForThatSubjectOnly_AndTheRuleGoesOn()
    {
        var run = _rules.Run(ShortLimit);

        var outcomes = run.Outcomes.Where(o => o.RuleId == "KMY912").ToList();
        Assert.Equal(OutcomeKind.Error, outcomes[0].Kind);
        Assert.Matches(@"^FormatException: 最初だけ \(at rules/KMY912\.csx line 13\)$", outcomes[0].Error);
        Assert.All(outcomes.Skip(1), o => Assert.Equal(OutcomeKind.Pass, o.Kind));
    }

    [Fact]
    public void Evaluate_SkippedOutcomes_AreCounted()
    {
        var run = _rules.Run(ShortLimit);

        Assert.Equal(run.Outcomes.Count(o => o.Kind == OutcomeKind.Skipped), run.Count(OutcomeKind.Skipped));
        Assert.Equal(run.Outcomes.Count(o => o.Kind == OutcomeKind.Error), run.Count(OutcomeKind.Error));
        Assert.Equal(run.EngineErrors.Count(), run.Count(OutcomeKind.Error));
    }

    [Fact]
    public void Evaluate_RunTimeLimit_AnEndlessRuleIsStoppedAtItsShare_AndTheRulesAfterItStillRun()
    {
        using var loaded = HostileRules.Load(new TempCache(), HostileRules.Rule("KMY000", "while (true) { }", subject: "EvaluationDocument")).AsDisposable();
        var options = new RuleOptions { TimeLimit = TimeSpan.FromSeconds(20), RunTimeLimit = TimeSpan.FromMilliseconds(300) };

        var run = loaded.RuleSet!.Evaluate(HostileRules.Sample, options);

        // Ten rules: the first may use a tenth of the run; the nine built-in rules after it share the rest.
        var error = Assert.Single(run.EngineErrors);
        Assert.Equal(("KMY000", "/"), (error.RuleId, error.SubjectPath));
        Assert.Matches(@"^RuleTimeoutException: The rule used its share of the run's time \((29|30) ms of the (29[0-9]|300) ms left to it and the rules after it\) and was stopped here", error.Error);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
        Assert.Equal(0, run.Count(OutcomeKind.Skipped));
    }

    [Theory]
    [InlineData(RuleIsolation.None)]
    [InlineData(RuleIsolation.Process)]
    public void Evaluate_AnEngineError_CarriesItsSubjectsPositionInTheDocument(RuleIsolation isolation)
    {
        using var loaded = HostileRules.Load(new TempCache(), HostileRules.Rule("ZZZ001", "throw new InvalidOperationException(\"x\");", subject: "MeasureSheet")).AsDisposable();

        var run = loaded.RuleSet!.Evaluate(HostileRules.Sample, new RuleOptions { Isolation = isolation });

        // Each error is at its sheet, where the document puts the sheet (the sample's first 施策 sheet starts on line 3).
        var errors = run.EngineErrors.Where(e => e.RuleId == "ZZZ001").ToList();
        Assert.Equal(HostileRules.Sample.MeasureSheets.Count(), errors.Count);
        Assert.Equal(new Kamiyama.Domain.Sources.SourcePosition("kaminoyama-r4-chapter5.txt", 3, 1), errors[0].Position);
        Assert.All(errors, e => Assert.Equal(HostileRules.Sample.Sources.Find(HostileRules.Sample.MeasureSheets.Single(m => m.Code.ToString() == e.SubjectPath)), e.Position));
        Assert.StartsWith("kaminoyama-r4-chapter5.txt(3,1): error KRE001: ZZZ001 failed at 5-1-1 and was skipped for this subject: InvalidOperationException: x", Kamiyama.Domain.Rules.Reports.TextReport.Write(run).Split('\n').First(l => l.Contains("ZZZ001", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RunTimeLimit_TheLastRuleHasAllThatIsLeft_AndTheRunEndsWithIt()
    {
        using var loaded = HostileRules.Load(new TempCache(), HostileRules.Rule("ZZZ000", "while (true) { }", subject: "Sheet")).AsDisposable();
        var options = new RuleOptions { TimeLimit = TimeSpan.FromSeconds(20), RunTimeLimit = TimeSpan.FromMilliseconds(300) };

        var run = loaded.RuleSet!.Evaluate(HostileRules.Sample, options);

        var error = Assert.Single(run.EngineErrors);
        Assert.Equal(("ZZZ000", "5-1-1"), (error.RuleId, error.SubjectPath));
        Assert.StartsWith("RuleTimeoutException: The run ran longer than its limit of 300 ms", error.Error, StringComparison.Ordinal);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
        Assert.Equal(run.Outcomes.Count(o => o.RuleId == "ZZZ000") - 1, run.Count(OutcomeKind.Skipped));
    }

    [Fact]
    public void Evaluate_Cancelled_ThrowsOperationCanceled_NotTheRulesException()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var options = new RuleOptions { TimeLimit = TimeSpan.FromSeconds(30), Cancellation = cancel.Token };

        var e = Assert.Throws<OperationCanceledException>(() => _rules.Swallower.Evaluate(HostileRules.Sample, options));

        Assert.Equal(cancel.Token, e.CancellationToken);
    }

    [Fact]
    public void Evaluate_RunsOnAThreadOfItsOwn_WithTheCallersCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("ja-JP");
            var probe = new ThreadProbe();

            RuleSet.FromRules(probe).Evaluate(HostileRules.Sample);

            Assert.NotEqual(Environment.CurrentManagedThreadId, probe.Thread);
            Assert.Equal("ja-JP", probe.Culture);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The built-in rules and the hostile ones, loaded once for the class.</summary>
    public sealed class Rules : IDisposable
    {
        private readonly TempCache _cache = new();
        private RuleRun? _run;

        public Rules()
        {
            Loaded = HostileRules.Load(
                _cache,
                HostileRules.Rule("KMY900", "throw new Nasty();", HostileRules.NastyException("throw new InvalidOperationException(\"中身\");")),
                HostileRules.Rule("KMY901", "throw new Nasty();", HostileRules.NastyException("while (true) { } ")),
                HostileRules.Rule("KMY902", "throw new Nasty();", HostileRules.NastyException("return new string('x', 100_000_000);")),
                HostileRules.Rule("KMY903", "return;", "    public HostileKMY903() => throw new Nasty();" + HostileRules.NastyException("throw new InvalidOperationException(\"中身\");")),
                HostileRules.Rule("KMY910", "while (true) { }"),
                HostileRules.Rule("KMY911", "try { try { while (true) { } } finally { throw new FormatException(); } } catch (FormatException) { } context.Report((\"name\", \"swapped\"));"),
                HostileRules.Rule("KMY912", "if (subject == context.Document!.Sheets.OfType<MeasureSheet>().First().Outcomes[0]) { throw new FormatException(\"最初だけ\"); }"));
            Assert.True(Loaded.RuleSet is not null, Loaded.ToString());
            var swallower = HostileRules.Load(_cache, HostileRules.Rule("KMY913", "while (true) { try { try { while (true) { } } finally { throw new FormatException(); } } catch (FormatException) { } }"));
            Swallower = swallower.RuleSet ?? throw new InvalidOperationException(swallower.ToString());
        }

        public Kamiyama.Domain.Rules.Compilation.RuleLoadResult Loaded { get; }

        public RuleSet Set => Loaded.RuleSet!;

        public RuleSet Swallower { get; }

        /// <summary>The run with the short limit, made once.</summary>
        public RuleRun Run(RuleOptions options) => _run ??= Set.Evaluate(HostileRules.Sample, options);

        public void Dispose()
        {
            Set.Dispose();
            Swallower.Dispose();
            _cache.Dispose();
        }
    }

    private sealed class ThreadProbe : Rule<EvaluationDocument>
    {
        public int Thread { get; private set; }

        public string? Culture { get; private set; }

        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "KMY990",
            Title = "probe",
            DefaultSeverity = DiagnosticSeverity.Info,
            Category = "テスト",
            MessageFormat = "probe",
            Description = "probe",
        };

        public override void Check(EvaluationDocument subject, RuleContext context)
        {
            Thread = Environment.CurrentManagedThreadId;
            Culture = System.Globalization.CultureInfo.CurrentCulture.Name;
        }
    }
}
