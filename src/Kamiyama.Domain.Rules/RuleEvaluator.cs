using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Isolation;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// Runs rules over subjects, calling the compiled rules directly. The loop is the product's hot path (a city system runs
/// it on every save): per subject it allocates nothing when the rule passes — one context and one budget serve a rule's
/// whole run, subjects and paths are made only for findings, and outcomes are kept as counts plus the few that are not a
/// pass. Findings come out in document order, so a run of one rule over a document needs no sort at all.
/// One rule's failure is that rule's alone: an exception is an error for that subject, a stop (time, stack, memory) an
/// error for that subject and the rule skipped on the rest, the run's own time limit an error and everything not yet run
/// skipped. A run happens on a thread with a large stack of its own, the caller waiting.
/// </summary>
internal static class RuleEvaluator
{
    /// <summary>
    /// The stack of the thread a run uses. The guard stops a rule 1 MB below its first call; the rest is room for the
    /// runtime to dispatch the exception that stops it, and for framework code that recurses without a guard.
    /// </summary>
    internal const int StackSize = 256 * 1024 * 1024;

    /// <summary>
    /// The stack of the rule thread in a worker process: still 15 MB of room beyond a rule's guarded megabyte, but framework
    /// code that recurses without end (a chain of a million LINQ iterators) overflows in a second there, ending only the
    /// worker, instead of running for seconds on 256 MB.
    /// </summary>
    internal const int WorkerStackSize = 16 * 1024 * 1024;

    internal static RuleRun Run(IReadOnlyList<IRule> rules, SubjectTable subjects, RuleOptions options, EvaluationDocument? document) =>
        OnLargeStack(() => RunHere(rules, subjects, options, document));

    /// <summary>Runs work on a thread of its own with <see cref="StackSize"/> of stack (or another size), the caller waiting; its exception is rethrown here.</summary>
    internal static T OnLargeStack<T>(Func<T> work, int stackSize = StackSize)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var thread = new Thread(
            () =>
            {
                // A rule that formats with the current culture must see the caller's, as it would in the caller's thread.
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            stackSize)
        {
            IsBackground = true,
            Name = "Kamiyama rules",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>The rules the options enable, in the set's order.</summary>
    internal static List<IRule> Active(IReadOnlyList<IRule> rules, RuleOptions options) => [.. rules.Where(r => options.For(r.Descriptor.Id).Enabled)];

    /// <summary>The <see cref="Stopwatch"/> timestamp at which a run that starts now must end; <see cref="long.MaxValue"/> for none.</summary>
    internal static long Deadline(TimeSpan runTimeLimit) =>
        runTimeLimit == Timeout.InfiniteTimeSpan ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(runTimeLimit.TotalSeconds * Stopwatch.Frequency);

    private static RuleRun RunHere(IReadOnlyList<IRule> rules, SubjectTable subjects, RuleOptions options, EvaluationDocument? document)
    {
        var outcomes = new OutcomeLog(subjects, document);
        var sink = new InProcess(new FindingMaker(subjects, options, document), outcomes);
        var active = Active(rules, options);
        var deadline = Deadline(options.RunTimeLimit);
        var end = RuleEnd.Completed;
        for (var r = 0; r < active.Count; r++)
        {
            var rule = active[r];
            var type = rule.SubjectType;
            outcomes.BeginRule(rule.Descriptor.Id, type);
            var cursor = subjects.Walk(type);
            if (end != RuleEnd.RunExpired)
            {
                sink.Findings.BeginRule(rule.Descriptor);
                end = RunRule(rule, subjects, cursor, options, deadline, active.Count - r, document, sink);
            }

            SkipRest(cursor, type, outcomes);
        }

        return new RuleRun(active.Select(r => r.Descriptor), sink.Findings.InOrder(), outcomes);
    }

    /// <summary>Marks every subject after the cursor's (of the rule's type) <see cref="OutcomeKind.Skipped"/>.</summary>
    internal static void SkipRest(SubjectTable.Cursor cursor, Type type, OutcomeLog outcomes)
    {
        while (cursor.MoveNext())
        {
            if (type.IsInstanceOfType(cursor.Value))
            {
                outcomes.Add(cursor.Index, OutcomeKind.Skipped);
            }
        }
    }

    /// <summary>
    /// Runs one rule over the subjects from the cursor on, telling the sink each outcome. A rule that is stopped (out of
    /// time, stack or memory, or the run's time is up) ends the loop with the cursor at the subject it was stopped on; its
    /// error is the engine's own text, never anything the rule made. Nothing of the rule runs outside the guarded try.
    /// </summary>
    /// <remarks>
    /// A rule may use its share of the run's time that is left: that time divided by the rules still to run
    /// (<paramref name="rulesLeft"/>, this one included). Rules that stay within every call's limit therefore cannot
    /// use up the run between them: a rule over its share is stopped (an engine error, the rule skipped on the rest) and
    /// the rules after it still run; only the run's own deadline skips everything not yet run.
    /// </remarks>
    internal static RuleEnd RunRule(IRule rule, SubjectTable subjects, SubjectTable.Cursor cursor, RuleOptions options, long deadline, int rulesLeft, EvaluationDocument? document, RuleSink sink)
    {
        var descriptor = rule.Descriptor;
        var type = rule.SubjectType;
        var token = options.Cancellation;
        var context = new RuleContext(descriptor, document, options.For(descriptor.Id).Parameters, options.FindingLimit);
        var start = Stopwatch.GetTimestamp();
        var ruleDeadline = deadline == long.MaxValue || rulesLeft <= 1 ? deadline : start + ((deadline - start) / rulesLeft);
        var budget = new RuleGuard.Budget(options.TimeLimit, token) { RunDeadline = ruleDeadline };
        string Expired(out RuleEnd end)
        {
            var now = Stopwatch.GetTimestamp();
            if (now > deadline || ruleDeadline == deadline)
            {
                end = RuleEnd.RunExpired;
                return ExceptionText.RunExpired(options.RunTimeLimit);
            }

            end = RuleEnd.Stopped;
            return ExceptionText.ShareUsed(Stopwatch.GetElapsedTime(start, ruleDeadline), Stopwatch.GetElapsedTime(start, deadline));
        }

        using var scope = RuleGuard.Begin(budget);
        var visited = 0;
        while (cursor.MoveNext())
        {
            var (s, value) = (cursor.Index, cursor.Value);
            if (!type.IsInstanceOfType(value))
            {
                continue;
            }

            // A rule whose calls are too short to read the clock still ends with the run's time.
            if ((++visited & 63) == 0 && ruleDeadline != long.MaxValue && Stopwatch.GetTimestamp() > ruleDeadline)
            {
                token.ThrowIfCancellationRequested();
                sink.Outcome(s, OutcomeKind.Error, Expired(out var ended));
                return ended;
            }

            context.Reset(subjects, cursor);
            budget.Restart();
            sink.Calling(s);
            Exception? caught = null;
            try
            {
                rule.Check(value, context);
            }
            catch (Exception e)
            {
                caught = e;
            }

            if (token.IsCancellationRequested)
            {
                // Never the rule's own exception object: its members are rule code.
                throw new OperationCanceledException(token);
            }

            if (budget.Stopped is { } stop)
            {
                // However the call ended (returned, threw, swapped the guard's exception in a finally), it was stopped.
                if (budget.RunExpired)
                {
                    sink.Outcome(s, OutcomeKind.Error, Expired(out var ended));
                    return ended;
                }

                sink.Outcome(s, OutcomeKind.Error, stop.Describe());
                return RuleEnd.Stopped;
            }

            if (caught is OutOfMemoryException)
            {
                sink.Outcome(s, OutcomeKind.Error, ExceptionText.OutOfMemory);
                return RuleEnd.Stopped;
            }

            if (caught is not null)
            {
                sink.Outcome(s, OutcomeKind.Error, ExceptionText.Describe(caught));
                continue;
            }

            var reports = context.Reports;
            if (reports.Count == 0)
            {
                sink.Outcome(s, context.IsNotApplicable ? OutcomeKind.NotApplicable : OutcomeKind.Pass, null);
                continue;
            }

            sink.Outcome(s, OutcomeKind.Fail, null);
            sink.Reported(cursor, reports);
        }

        return RuleEnd.Completed;
    }

    /// <summary>The sink of a run in this process: the outcome log and the findings.</summary>
    internal sealed class InProcess(FindingMaker findings, OutcomeLog outcomes) : RuleSink
    {
        public FindingMaker Findings { get; } = findings;

        public override void Outcome(int subject, OutcomeKind kind, string? error) => outcomes.Add(subject, kind, error);

        public override void Reported(SubjectTable.Cursor cursor, IReadOnlyList<FindingBuilder> reports)
        {
            foreach (var report in reports)
            {
                Findings.Add(cursor, report.Element, report.Member, report.Message, report.EnglishMessage, report.RelatedLocations);
            }
        }
    }
}
