using System.ComponentModel;
using System.Diagnostics;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// The budget of a running rule. The compiler inserts <see cref="Tick"/> at the top of every loop body and
/// <see cref="Enter"/> at the top of every method, accessor, local function and lambda of a rule script, so that a runaway
/// rule (an endless loop, deep recursion) stops once its time or stack runs out or the run is cancelled. Once a rule is
/// over its budget every later guard call throws again, so a rule that swallows or swaps the exception cannot resume.
/// Rule authors never call it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    /// <summary>The stack a rule may use below the point where the engine called it.</summary>
    internal const int StackBytes = 1024 * 1024;

    private const int CheckEvery = 32;

    [ThreadStatic]
    private static Budget? _current;

    /// <summary>Counts one step of the running rule; throws when its time is up or the run was cancelled.</summary>
    /// <exception cref="RuleTimeoutException">The rule ran past its time limit.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static void Tick()
    {
        var budget = _current;
        if (budget is null)
        {
            return;
        }

        if (budget.Stopped is not null)
        {
            throw budget.Stopped.Again();
        }

        if (++budget.Steps % CheckEvery == 0)
        {
            budget.CheckClock();
        }
    }

    /// <summary>
    /// Counts one step at the entry of a method, local function or lambda, and stops runaway recursion long before it
    /// could overflow the stack (which would end the process, not just the rule).
    /// </summary>
    /// <exception cref="RuleTimeoutException">The rule ran past its time limit.</exception>
    /// <exception cref="InsufficientExecutionStackException">The rule recursed too deeply.</exception>
    public static void Enter()
    {
        var budget = _current;
        if (budget is not null && budget.Stopped is null && StackDepth(budget) > StackBytes)
        {
            budget.Stop(new Stop(StopKind.Stack, budget.Limit));
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        Tick();
    }

    /// <summary>The time left to the running rule (for a call that cannot tick, such as a regular expression match); throws when none is left.</summary>
    internal static TimeSpan Remaining()
    {
        var budget = _current;
        if (budget is null)
        {
            return Timeout.InfiniteTimeSpan;
        }

        if (budget.Stopped is not null)
        {
            throw budget.Stopped.Again();
        }

        return budget.CheckClock();
    }

    /// <summary>Stops the running rule for reporting too many findings; the exception to throw.</summary>
    internal static Exception TooManyFindings(int limit)
    {
        var budget = _current;
        if (budget is null)
        {
            return new Stop(StopKind.Findings, Timeout.InfiniteTimeSpan, findingLimit: limit).Again();
        }

        budget.Stop(new Stop(StopKind.Findings, budget.Limit, findingLimit: limit));
        return budget.Stopped!.Again();
    }

    /// <summary>Stops the running rule for running out of time (a regular expression timed out within its remaining budget).</summary>
    internal static RuleTimeoutException OutOfTime()
    {
        var budget = _current;
        if (budget is null)
        {
            return new RuleTimeoutException(Timeout.InfiniteTimeSpan);
        }

        budget.Stop(new Stop(StopKind.Time, budget.Limit));
        return (RuleTimeoutException)budget.Stopped!.Again();
    }

    /// <summary>Starts the budget of one rule call on this thread; dispose the result to end it.</summary>
    internal static Scope Begin(TimeSpan limit, CancellationToken cancellation) => Begin(new Budget(limit, cancellation));

    /// <summary>Makes a budget current on this thread for a series of calls; <see cref="Budget.Restart"/> before each call.</summary>
    internal static Scope Begin(Budget budget)
    {
        var previous = _current;
        _current = budget.Restart();
        return new Scope(previous);
    }

    private static unsafe long StackDepth(Budget budget)
    {
        byte here = 0;
        var address = (long)&here;
        if (budget.StackBase == 0)
        {
            budget.StackBase = address;
        }

        // Stacks grow down on every platform .NET runs on.
        return budget.StackBase - address;
    }

    internal readonly struct Scope(Budget? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    /// <summary>Why a rule was stopped.</summary>
    internal enum StopKind
    {
        /// <summary>Its time (of the call, or of the whole run) ran out.</summary>
        Time,

        /// <summary>It recursed too deeply.</summary>
        Stack,

        /// <summary>The run was cancelled.</summary>
        Cancelled,

        /// <summary>It reported more findings than a rule may in one run.</summary>
        Findings,
    }

    /// <summary>A stop, able to throw its exception again at every later guard call.</summary>
    internal sealed class Stop(StopKind kind, TimeSpan limit, CancellationToken cancellation = default, int findingLimit = 0)
    {
        public StopKind Kind { get; } = kind;

        public Exception Again() => Kind switch
        {
            StopKind.Stack => new InsufficientExecutionStackException("The rule recursed too deeply and was stopped."),
            StopKind.Cancelled => new OperationCanceledException(cancellation),
            StopKind.Findings => new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The rule reported more than {findingLimit:N0} findings in this run and was stopped.")),
            _ => new RuleTimeoutException(limit),
        };

        /// <summary>The engine's description of the stop, which no rule code can change.</summary>
        public string Describe() => Again() is var e ? $"{e.GetType().Name}: {e.Message}" : string.Empty;
    }

    /// <summary>
    /// The budget of a rule's calls: a time limit per call, an optional deadline for the whole run, cancellation, and the
    /// stack. A budget that stopped stays stopped until <see cref="Restart"/>.
    /// </summary>
    internal sealed class Budget(TimeSpan limit, CancellationToken cancellation)
    {
        public long Steps;

        public long Started;

        public long StackBase;

        public TimeSpan Limit { get; } = limit;

        public CancellationToken Cancellation { get; } = cancellation;

        /// <summary>A <see cref="Stopwatch"/> timestamp after which nothing may run (the run's own budget); <see cref="long.MaxValue"/> for none.</summary>
        public long RunDeadline { get; set; } = long.MaxValue;

        /// <summary>Why the current call was stopped; null while it may go on.</summary>
        public Stop? Stopped { get; private set; }

        /// <summary>Whether the run's own deadline has passed.</summary>
        public bool RunExpired => RunDeadline != long.MaxValue && Stopwatch.GetTimestamp() > RunDeadline;

        public Budget Restart()
        {
            Steps = 0;
            Started = 0;
            StackBase = 0;
            Stopped = null;
            return this;
        }

        /// <summary>Marks the call stopped; the first stop wins.</summary>
        public void Stop(Stop stop) => Stopped ??= stop;

        /// <summary>Reads the clock; throws (and stays stopped) when the call's or the run's time is up. Returns the time left.</summary>
        public TimeSpan CheckClock()
        {
            if (Cancellation.IsCancellationRequested)
            {
                Stop(new Stop(StopKind.Cancelled, Limit, Cancellation));
                throw Stopped!.Again();
            }

            var now = Stopwatch.GetTimestamp();
            if (Started == 0)
            {
                // The clock starts at the first check, not at every call: most rule calls are a few steps long and
                // reading the clock for each would cost more than the rule. The first steps go uncounted.
                Started = now;
            }

            var left = Limit - Stopwatch.GetElapsedTime(Started, now);
            if (RunDeadline != long.MaxValue)
            {
                var runLeft = Stopwatch.GetElapsedTime(now, RunDeadline);
                left = now >= RunDeadline ? TimeSpan.Zero : (runLeft < left ? runLeft : left);
            }

            if (left <= TimeSpan.Zero)
            {
                Stop(new Stop(StopKind.Time, Limit));
                throw Stopped!.Again();
            }

            return left;
        }
    }
}
