using Kamiyama.Domain.Rules.Isolation;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// Rules that no process survives, run in a worker beside the nine built-in rules: a stack overflow in framework code, the
/// runtime's out-of-memory, a hang in framework code that never reaches a guard. Each is one engine error at the sheet it
/// struck on; the built-in rules, which run after them in fresh workers, still give their 17 findings, as in process.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WorkerCrashTests : IClassFixture<WorkerCrashTests.Hostile>
{
    private const string Target = "5-3-1";
    private readonly Hostile _hostile;

    public WorkerCrashTests(Hostile hostile) => _hostile = hostile;

    [Fact]
    public void Evaluate_InAWorker_TheBuiltInRulesGiveTheirFindings_AsInProcess()
    {
        var run = _hostile.Run;

        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
        Assert.Equal(SampleFindingsTests.Run().Findings, run.Findings);
        Assert.Equal(SampleFindingsTests.Run().Outcomes, run.Outcomes.Where(o => o.RuleId.StartsWith("KMY", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("KMA001", "The rule worker crashed (stack overflow) while KMA001 checked this subject; the rule is skipped on the remaining subjects.")]
    [InlineData("KMA003", "The rule worker stopped answering within 2000 ms and was ended while KMA003 checked this subject; the rule is skipped on the remaining subjects.")]
    public void Evaluate_RuleThatTakesItsWorkerDown_IsOneEngineErrorAtTheSubject_AndSkippedAfter(string id, string error)
    {
        AssertOneErrorAtTheTarget(id, error);
    }

    [Fact]
    public void Evaluate_UnboundedAllocation_IsOneEngineErrorAtTheSubject_AndSkippedAfter()
    {
        var outcome = AssertOneErrorAtTheTarget("KMA002", null);

        Assert.Matches("^(OutOfMemoryException: The rule ran out of memory|The rule worker (ran out of memory|was killed))", outcome.Error);
    }

    [Fact]
    public void Evaluate_RecursionThroughFinallyBlocks_IsOneEngineErrorAtTheSubject_AndSkippedAfter()
    {
        // Each finally calls again once the guard has stopped the rule: every call throws at once, but each of the
        // thousands of exceptions thrown from finally blocks is dispatched through the whole deep stack, in the runtime,
        // where no guard runs (quadratic: minutes). In process nothing can end that but the process; here the watchdog
        // ends the worker.
        var outcome = AssertOneErrorAtTheTarget("KMA004", null);

        Assert.Matches("^(The rule worker (crashed \\(stack overflow\\)|stopped answering)|InsufficientExecutionStackException|RuleTimeoutException)", outcome.Error);
    }

    [Fact]
    public void Evaluate_AfterTheSetIsDisposed_NoWorkerIsLeftRunning_AndNothingIsLeftBehind()
    {
        // Every worker a rule took down is gone at once; the last, sound one is kept by the set until it is disposed.
        _ = _hostile.Run;
        _hostile.Set.Dispose();

        Assert.NotEmpty(_hostile.Workers);
        foreach (var id in _hostile.Workers)
        {
            Assert.False(WorkerProcesses.IsRunning(id), $"worker {id} is still running");
            Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath(), $"dotnet-diagnostic-{id}-*"), f => File.GetLastWriteTimeUtc(f) >= _hostile.Began.AddSeconds(-1));
        }
    }

    private RuleOutcome AssertOneErrorAtTheTarget(string id, string? error)
    {
        var outcomes = _hostile.Run.Outcomes.Where(o => o.RuleId == id).ToList();
        var at = outcomes.FindIndex(o => o.SubjectPath == Target);
        Assert.True(at > 0, string.Join(", ", outcomes.Select(o => $"{o.SubjectPath}: {o.Kind} {o.Error}")));
        Assert.All(outcomes.Take(at), o => Assert.Equal(OutcomeKind.Pass, o.Kind));
        Assert.Equal(OutcomeKind.Error, outcomes[at].Kind);
        if (error is not null)
        {
            Assert.Equal(error, outcomes[at].Error);
        }

        Assert.All(outcomes.Skip(at + 1), o => Assert.Equal(OutcomeKind.Skipped, o.Kind));
        Assert.Single(_hostile.Run.EngineErrors, e => e.RuleId == id);
        return outcomes[at];
    }

    /// <summary>The built-in rules and the hostile ones (ids before KMY, so they run first), run once in workers.</summary>
    public sealed class Hostile : IDisposable
    {
        private readonly TempCache _cache = new();
        private readonly Lazy<RuleRun> _run;

        public Hostile()
        {
            var on = $"if (context.Subject.Path != \"{Target}\") {{ return; }} ";
            var loaded = HostileRules.Load(
                _cache,
                HostileRules.Rule("KMA001", on + "IEnumerable<int> e = new[] { 1 }; for (var i = 0; i < 1_000_000; i++) { e = e.Distinct(); } _ = e.Count();", subject: "Sheet"),
                HostileRules.Rule("KMA002", on + "var l = new List<byte[]>(); while (true) { l.Add(new byte[1 << 20]); }", subject: "Sheet"),
                HostileRules.Rule("KMA003", on + "_ = Enumerable.Repeat(0, int.MaxValue).Concat(Enumerable.Repeat(1, int.MaxValue)).Distinct().Count();", subject: "Sheet"),
                HostileRules.Rule("KMA004", on + "void Down(int n) { try { Down(n + 1); } finally { Down(n + 1); } } Down(0);", subject: "Sheet"));
            Set = loaded.RuleSet ?? throw new InvalidOperationException(loaded.ToString());
            _run = new(() =>
            {
                var before = WorkerProcess.Started.ToArray();
                Began = DateTime.UtcNow;
                var run = Set.Evaluate(HostileRules.Sample, new RuleOptions { TimeLimit = TimeSpan.FromMilliseconds(1000), Isolation = RuleIsolation.Process });
                Workers = [.. WorkerProcess.Started.Except(before)];
                return run;
            });
        }

        public RuleSet Set { get; }

        public RuleRun Run => _run.Value;

        public IReadOnlyList<int> Workers { get; private set; } = [];

        /// <summary>When the run began: a diagnostics socket older than that belongs to an earlier process with a reused id.</summary>
        public DateTime Began { get; private set; }

        public void Dispose()
        {
            Set.Dispose();
            _cache.Dispose();
        }
    }
}
