namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>How a rule's run over its subjects ended.</summary>
internal enum RuleEnd
{
    /// <summary>Every subject was checked.</summary>
    Completed,

    /// <summary>The rule was stopped (its time or stack ran out, or its memory): it is skipped on the remaining subjects.</summary>
    Stopped,

    /// <summary>The whole run's time ran out: everything not yet run is skipped.</summary>
    RunExpired,
}
