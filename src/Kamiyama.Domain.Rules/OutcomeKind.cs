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
}
