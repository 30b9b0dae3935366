namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>How serious a finding is; separate from the outcome of a rule.</summary>
public enum RuleSeverity
{
    /// <summary>Worth knowing; no action needed (a linked 施策 outside the loaded documents).</summary>
    Info = 0,

    /// <summary>Probably wrong; a person should look (next year's target below this year's actual).</summary>
    Warning = 1,

    /// <summary>Wrong: the sheet breaks a rule of the evaluation (a divergence without 理由).</summary>
    Error = 2,
}
