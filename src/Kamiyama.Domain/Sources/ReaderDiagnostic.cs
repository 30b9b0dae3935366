using System.Globalization;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// A problem a reader found in its input, with the position and a message that says what was expected. Written
/// <c>file(line,col): error KRD021: message</c>.
/// </summary>
/// <param name="Code">A stable code (<c>KRD021</c>); see <see cref="ReaderDiagnosticCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What was found and what was expected.</param>
/// <param name="Position">Where.</param>
public sealed record ReaderDiagnostic(string Code, DiagnosticSeverity Severity, string Message, SourcePosition Position)
{
    /// <summary>
    /// The diagnostic as compilers write it, on one line: <c>file(line,col): error KRD021: message</c>. Line breaks and
    /// control characters in the file name or message are escaped (<c>\n</c>, <c>\u001B</c>).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.OneLine.Escape(string.Create(
        CultureInfo.InvariantCulture,
        $"{Position}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}"));
}
