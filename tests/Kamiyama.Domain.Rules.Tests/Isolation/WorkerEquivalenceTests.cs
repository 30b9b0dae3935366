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
        var started = Kamiyama.Domain.Rules.Isolation.WorkerProcess.Started.Count;
        var worker = _rules.Set.Evaluate(HostileRules.Sample, Isolated);

        Assert.True(Kamiyama.Domain.Rules.Isolation.WorkerProcess.Started.Count > started, "no worker was started");

        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(worker));
        AssertSame(inProcess, worker);
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
            var loaded = HostileRules.Load(_cache);
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
