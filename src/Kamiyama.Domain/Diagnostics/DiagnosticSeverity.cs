namespace Kamiyama.Domain.Diagnostics;

/// <summary>
/// How serious a diagnostic is: the one severity of reader, configuration, load and engine diagnostics and of rule
/// findings. Reports write it as SARIF's levels (note, warning, error).
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; no action needed (a linked 施策 outside the loaded documents).</summary>
    Info = 0,

    /// <summary>Probably wrong; a person should look (content kept as unrecognised, next year's target below this year's actual).</summary>
    Warning = 1,

    /// <summary>Wrong: something could not be read, a rule could not load or run, or the sheet breaks a rule of the evaluation.</summary>
    Error = 2,
}
