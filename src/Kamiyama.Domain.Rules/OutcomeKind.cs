namespace Kamiyama.Domain.Rules;

/// <summary>What happened when a rule met a subject. Outcomes are data, never exceptions.</summary>
public enum OutcomeKind
{
    /// <summary>The rule checked the subject and found nothing.</summary>
    Pass = 0,

    /// <summary>The rule reported at least one finding.</summary>
    Fail = 1,

    /// <summary>The rule threw or ran out of time: neither passed nor failed.</summary>
    Error = 2,

    /// <summary>The rule has nothing to say about this subject.</summary>
    NotApplicable = 3,

    /// <summary>
    /// The rule was not run on this subject: it was stopped on an earlier subject (its time, stack or memory ran out, or it
    /// crashed its worker), or the whole run's time ran out before it got here. That stop is an <see cref="Error"/>.
    /// </summary>
    Skipped = 4,
}
