using System.ComponentModel;
using System.Diagnostics;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// The budget of a running rule. The compiler inserts <see cref="Tick"/> at the top of every loop body, method, local
/// function and lambda of a rule script, so that a runaway rule (an endless loop, deep recursion) stops with a
/// <see cref="RuleTimeoutException"/> once its time limit passes or the run is cancelled. Rule authors never call it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RuleGuard
{
    private const int CheckEvery = 256;

    [ThreadStatic]
    private static Budget? _current;

    /// <summary>Counts one step of the running rule; throws when its time is up or the run was cancelled.</summary>
    /// <exception cref="RuleTimeoutException">The rule ran past its time limit.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static void Tick()
    {
        var budget = _current;
        if (budget is null || ++budget.Steps % CheckEvery != 0)
        {
            return;
        }

        budget.Cancellation.ThrowIfCancellationRequested();
        var now = Stopwatch.GetTimestamp();
        if (budget.Started == 0)
        {
            // The clock starts at the first check, not at every call: most rule calls are a few steps long and
            // reading the clock for each would cost more than the rule. The first few hundred steps go uncounted.
            budget.Started = now;
        }
        else if (Stopwatch.GetElapsedTime(budget.Started, now) > budget.Limit)
        {
            throw new RuleTimeoutException(budget.Limit);
        }
    }

    /// <summary>
    /// Counts one step at the entry of a method, local function or lambda, and stops runaway recursion before it
    /// overflows the stack (which would end the process, not just the rule).
    /// </summary>
    /// <exception cref="RuleTimeoutException">The rule ran past its time limit.</exception>
    /// <exception cref="InsufficientExecutionStackException">The rule recursed too deeply.</exception>
    public static void Enter()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        Tick();
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

    internal readonly struct Scope(Budget? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    internal sealed class Budget(TimeSpan limit, CancellationToken cancellation)
    {
        public long Steps;

        public TimeSpan Limit { get; } = limit;

        public CancellationToken Cancellation { get; } = cancellation;

        public long Started;

        public Budget Restart()
        {
            Steps = 0;
            Started = 0;
            return this;
        }
    }
}
