namespace Kamiyama.Domain.Sources;

/// <summary>How serious a reader diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information that needs no action.</summary>
    Info = 0,

    /// <summary>Something was read, but not as expected: content kept as unrecognised, a value that looks wrong.</summary>
    Warning = 1,

    /// <summary>Something could not be read: a missing field, a value that is not a number, a file that is not text.</summary>
    Error = 2,
}
