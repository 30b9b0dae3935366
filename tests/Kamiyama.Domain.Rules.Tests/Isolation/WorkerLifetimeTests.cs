using System.Diagnostics;
using Kamiyama.Domain.Rules.Isolation;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>A worker never outlives its run: cancelled, out of time, or not there at all.</summary>
[Trait("Category", "Slow")]
[Collection(nameof(RunsAlone))]
public sealed class WorkerLifetimeTests : IClassFixture<WorkerLifetimeTests.Endless>
{
    private readonly Endless _endless;

    public WorkerLifetimeTests(Endless endless) => _endless = endless;

    [Fact]
    public void Evaluate_CancelledWhileAWorkerRuns_ThrowsOperationCanceled_AndTheWorkerIsGone()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var before = WorkerProcess.Started.ToArray();
        var options = new RuleOptions { TimeLimit = TimeSpan.FromSeconds(30), Isolation = RuleIsolation.Process, Cancellation = cancel.Token };

        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => _endless.Set.Evaluate(HostileRules.Sample, options));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed}");
        var started = WorkerProcess.Started.Except(before).ToList();
        Assert.NotEmpty(started);
        Assert.All(started, id => Assert.False(WorkerProcesses.IsRunning(id), $"worker {id} is still running"));
    }

    [Fact]
    public void Evaluate_RunTimeLimitInAWorker_StopsTheEndlessRuleAtItsShare_AndTheOthersRun()
    {
        var options = new RuleOptions { TimeLimit = TimeSpan.FromSeconds(20), RunTimeLimit = TimeSpan.FromMilliseconds(500), Isolation = RuleIsolation.Process };

        var run = _endless.Set.Evaluate(HostileRules.Sample, options);

        // As in process: the endless first rule is stopped at its share (a tenth), the nine built-in rules still run.
        var error = Assert.Single(run.EngineErrors);
        Assert.Equal(("KMY000", "/"), (error.RuleId, error.SubjectPath));
        Assert.StartsWith("RuleTimeoutException: The rule used its share of the run's time (", error.Error, StringComparison.Ordinal);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    [Fact]
    public void Evaluate_WorkerMissing_SaysWhereItLookedAndWhatToDo()
    {
        var empty = Directory.CreateTempSubdirectory("kamiyama-no-worker-");
        WorkerLaunch.Folder = empty.FullName;
        try
        {
            var e = Assert.Throws<FileNotFoundException>(() => _endless.Set.Evaluate(HostileRules.Sample, new RuleOptions { Isolation = RuleIsolation.Process }));

            Assert.Contains("Kamiyama.Domain.Rules.Worker.dll is not beside Kamiyama.Domain.Rules.dll in " + empty.FullName, e.Message, StringComparison.Ordinal);
            Assert.Contains("RuleIsolation.None", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            WorkerLaunch.Folder = null;
            empty.Delete();
        }
    }

    /// <summary>A rule over the document that never ends, before the built-in rules.</summary>
    public sealed class Endless : IDisposable
    {
        private readonly TempCache _cache = new();

        public Endless()
        {
            var loaded = HostileRules.Load(_cache, HostileRules.Rule("KMY000", "while (true) { }", subject: "EvaluationDocument"));
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
