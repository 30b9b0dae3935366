using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>A run in a worker process gives what a run in process gives: findings, their locations and positions, outcomes, engine errors.</summary>
[Trait("Category", "Slow")]
public sealed class WorkerEquivalenceTests : IClassFixture<WorkerEquivalenceTests.BuiltInSet>
{
    private static readonly RuleOptions Isolated = new() { Isolation = RuleIsolation.Process };
    private readonly BuiltInSet _rules;

    public WorkerEquivalenceTests(BuiltInSet rules) => _rules = rules;

    [Fact]
    public void Evaluate_SampleInAWorker_IsTheRunInProcess()
    {
        var inProcess = _rules.Set.Evaluate(HostileRules.Sample);
        var worker = _rules.Set.Evaluate(HostileRules.Sample, Isolated);

        // That the run really went to a worker is WorkerReuseTests' to show (it counts the workers, alone in its collection).

        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(worker));
        var parts = worker.Findings.Where(f => f.RuleId == "KMZ001").ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, f => Assert.NotNull(f.Location.Position));
        Assert.All(parts, f => Assert.NotNull(f.Related[0].Position));
        Assert.All(parts, f => Assert.Same(Field.ItemTitle, f.Location.Field)); // the field crosses back from the worker
        Assert.Equal(inProcess.Findings.Select(f => f.Location.Field), worker.Findings.Select(f => f.Location.Field));

        // The English message is made where the rule ran, from the same arguments, and crosses back with the finding.
        Assert.All(worker.Findings.Where(f => f.RuleId.StartsWith("KMY", StringComparison.Ordinal)), f => Assert.False(string.IsNullOrEmpty(f.EnglishMessage)));
        Assert.Equal(inProcess.Findings.Select(f => f.EnglishMessage), worker.Findings.Select(f => f.EnglishMessage));
        AssertSame(inProcess, worker);
    }

    [Fact]
    public void Evaluate_GeneratedDocumentOf300SheetsInAWorker_IsTheRunInProcess()
    {
        var document = GeneratedDocument.Create(300);

        var inProcess = _rules.Set.Evaluate(document);
        var worker = _rules.Set.Evaluate(document, Isolated);

        Assert.True(inProcess.Findings.Count > 300, $"{inProcess.Findings.Count} findings");
        Assert.All(inProcess.Findings, f => Assert.NotNull(f.Location.Position));
        AssertSame(inProcess, worker);
    }

    [Fact]
    public void Evaluate_InAWorker_ConfigurationAndSuppressionsApply_AsInProcess()
    {
        var options = new RuleOptions
        {
            Rules = new Dictionary<string, RuleSettings>
            {
                ["KMY002"] = new() { Parameters = new Dictionary<string, string> { ["threshold"] = "0.01" } },
                ["KMY003"] = new() { Severity = DiagnosticSeverity.Error },
                ["KMY009"] = new() { Enabled = false },
            },
            Suppressions = [new Suppression("KMY001", "5-4-1/*", "確認済み")],
        };

        var inProcess = _rules.Set.Evaluate(HostileRules.Sample, options);
        var worker = _rules.Set.Evaluate(HostileRules.Sample, options with { Isolation = RuleIsolation.Process });

        Assert.Contains(worker.Findings, f => f.IsSuppressed);
        AssertSame(inProcess, worker);
    }

    [Fact]
    public void Evaluate_SetMadeFromRuleObjects_RunsInProcessEvenWhenIsolated()
    {
        var set = RuleSet.FromRules(BuiltInRules.All());
        var started = Kamiyama.Domain.Rules.Isolation.WorkerProcess.Started.Count;

        var run = set.Evaluate(HostileRules.Sample, Isolated);

        Assert.False(set.CanRunInWorker);
        Assert.Equal(started, Kamiyama.Domain.Rules.Isolation.WorkerProcess.Started.Count);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    internal static void AssertSame(RuleRun expected, RuleRun actual)
    {
        Assert.Equal(expected.Rules, actual.Rules);
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.Findings.Select(f => f.Location.Position), actual.Findings.Select(f => f.Location.Position));
        Assert.Equal(expected.Findings.SelectMany(f => f.Related.Select(r => (r.Path, r.Position, r.Label))), actual.Findings.SelectMany(f => f.Related.Select(r => (r.Path, r.Position, r.Label))));
        Assert.Equal(expected.Outcomes, actual.Outcomes);
        Assert.Equal(expected.EngineErrors, actual.EngineErrors);
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            Assert.Equal(expected.Count(kind), actual.Count(kind));
        }
    }

    /// <summary>The built-in rules loaded through the engine, once for the class.</summary>
    public sealed class BuiltInSet : IDisposable
    {
        private readonly TempCache _cache = new();

        public BuiltInSet()
        {
            // Beside the built-in rules, one that points at parts of sheets that are not subjects (numbered items, the
            // measure's plan item) and at an object that is not part of the document at all.
            var loaded = HostileRules.Load(
                _cache,
                HostileRules.Rule(
                    "KMZ001",
                    "if (subject.Purposes.Count > 0) { context.Report((\"name\", subject.Purposes.Count)).At(subject.Purposes[0], Field.ItemTitle).Related(subject.Goals.Count > 0 ? subject.Goals[0] : subject, null, \"目標\").Related(subject.Measure, null, \"施策\").Related(\"ここ\", null, \"文字\"); }",
                    subject: "MeasureSheet"));
            Set = loaded.RuleSet ?? throw new InvalidOperationException(loaded.ToString());
        }

        public RuleSet Set { get; }

        public void Dispose()
        {
            Set.Dispose();
            _cache.Dispose();
        }
    }
}
