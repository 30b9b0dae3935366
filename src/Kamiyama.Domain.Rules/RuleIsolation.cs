namespace Kamiyama.Domain.Rules;

/// <summary>Where a rule set's rules run.</summary>
public enum RuleIsolation
{
    /// <summary>
    /// In this process, on a thread of the run's own: fast; guards and budgets stop runaway rules, but what no .NET process
    /// survives (a stack overflow in framework code, the runtime running out of memory) ends this process too.
    /// </summary>
    None = 0,

    /// <summary>
    /// In a worker process the library starts (<c>Kamiyama.Domain.Rules.Worker</c>, beside this assembly), with capped
    /// memory and CPU time: a rule that crashes or hangs it becomes an engine error at the subject it was on, and every other
    /// rule still runs. Only sets loaded from rule scripts can run there; a set made with <see cref="RuleSet.FromRules"/>
    /// runs in process. A set keeps one sound worker between runs (ended by <see cref="RuleSet.Dispose"/>), so only its
    /// first run pays for starting one; a worker that crashed, hung or was cancelled is never reused.
    /// </summary>
    Process = 1,
}
