using Kamiyama.Domain.Rules.Isolation;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// A set keeps its sound worker between runs, so a server pays for starting one once; a worker that crashed or was
/// cancelled is never reused, and disposing the set ends the one it keeps.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(RunsAlone))]
public sealed class WorkerReuseTests : IDisposable
{
    private static readonly RuleOptions InAWorker = new() { Isolation = RuleIsolation.Process };
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Evaluate_TwiceOnOneSet_StartsOneWorker_WithTheSameFindings_AndDisposeEndsIt()
    {
        var set = HostileRules.Load(_cache).RuleSet!;
        var before = WorkerProcess.Started.ToArray();

        var first = set.Evaluate(HostileRules.Sample, InAWorker);
        var second = set.Evaluate(HostileRules.Sample, InAWorker);
        var started = WorkerProcess.Started.Except(before).ToList();
        var kept = Assert.Single(started);
        var runningWhileTheSetLives = WorkerProcesses.IsRunning(kept);
        set.Dispose();

        Assert.Equal(SampleFindingsTests.Run().Findings, first.Findings);
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.True(runningWhileTheSetLives);
        Assert.False(WorkerProcesses.IsRunning(kept), $"worker {kept} outlived its set");
    }

    [Fact]
    public void Evaluate_AfterARuleCrashedTheWorker_TheNextRunHasAllItsFindings()
    {
        var crash = HostileRules.Rule("KMA001", "if (context.Subject.Path != \"5-3-1\") { return; } IEnumerable<int> e = new[] { 1 }; for (var i = 0; i < 1_000_000; i++) { e = e.Distinct(); } _ = e.Count();", subject: "Sheet");
        using var set = HostileRules.Load(_cache, crash).RuleSet!;

        var first = set.Evaluate(HostileRules.Sample, InAWorker);
        var second = set.Evaluate(HostileRules.Sample, InAWorker);

        Assert.Single(first.EngineErrors, e => e.RuleId == "KMA001" && e.SubjectPath == "5-3-1");
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(second));
    }

    [Fact]
    public void Evaluate_ARuleThatHoldsTheWorkersMemory_CannotMakeTheNextRuleFail()
    {
        // As an attacker wrote it: a rule that runs first keeps most of the worker's 512 MB heap in a field, so that the
        // next rule runs out of memory and is blamed. A rule that runs out in a worker others have used runs again alone.
        var hog = HostileRules.Rule("AAA009", "for (var i = 0; i < 450; i++) { _hold.Add(new byte[1 << 20]); }", "private readonly List<object> _hold = new(1_000);", subject: "EvaluationDocument");
        var victim = HostileRules.Rule("AAB001", "var blocks = new List<byte[]>(); for (var i = 0; i < 100; i++) { blocks.Add(new byte[1 << 20]); } context.Report((\"name\", blocks.Count));", subject: "EvaluationDocument");
        using var set = HostileRules.Load(_cache, hog, victim).RuleSet!;

        var run = set.Evaluate(HostileRules.Sample, InAWorker);

        Assert.Empty(run.EngineErrors);
        Assert.Single(run.Findings, f => f.RuleId == "AAB001" && f.Message == "「100」を確認してください。");
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    [Fact]
    public void Evaluate_AfterACancelledRun_AFreshWorkerServesTheNext()
    {
        using var set = HostileRules.Load(_cache, HostileRules.Rule("KMA000", "while (true) { }", subject: "EvaluationDocument")).RuleSet!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
        var before = WorkerProcess.Started.ToArray();

        Assert.ThrowsAny<OperationCanceledException>(() => set.Evaluate(HostileRules.Sample, InAWorker with { TimeLimit = TimeSpan.FromSeconds(30), Cancellation = cancel.Token }));
        var cancelled = Assert.Single(WorkerProcess.Started.Except(before));
        var next = set.Evaluate(HostileRules.Sample, InAWorker with { TimeLimit = TimeSpan.FromMilliseconds(200) });

        Assert.False(WorkerProcesses.IsRunning(cancelled), $"the cancelled worker {cancelled} is still running");
        Assert.Equal(2, WorkerProcess.Started.Except(before).Count());
        Assert.Single(next.EngineErrors, e => e.RuleId == "KMA000");
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(next));
    }
}
