using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// Receives what one rule did on each subject: in process, the outcome log and the findings; in a worker, the pipe to
/// the host. Only the outcome of every subject is a call; reports come only with a fail.
/// </summary>
internal abstract class RuleSink
{
    /// <summary>Called just before the rule is called on a subject (a worker replaying a rule announces each subject).</summary>
    public virtual void Calling(int subject)
    {
    }

    /// <summary>The outcome of the rule on a subject; <paramref name="error"/> for an <see cref="OutcomeKind.Error"/>.</summary>
    public abstract void Outcome(int subject, OutcomeKind kind, string? error);

    /// <summary>The reports of a fail, made at the cursor's subject (called after <see cref="Outcome"/> with a fail).</summary>
    public abstract void Reported(SubjectTable.Cursor cursor, IReadOnlyList<FindingBuilder> reports);
}
