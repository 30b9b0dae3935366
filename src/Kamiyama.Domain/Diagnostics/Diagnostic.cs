using System.Globalization;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Diagnostics;

/// <summary>
/// Something said about a run: a reader, configuration, load or engine problem, or (as <c>Finding</c>) what a rule found.
/// Every one has a stable code, a severity, a message and a location, and is written the way compilers write them:
/// <c>file(line,col): error KRD021: message</c>.
/// </summary>
public record Diagnostic
{
    private string? _message;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">A stable code (<c>KRD021</c>, or a rule's id for a finding).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What was found and what was expected.</param>
    /// <param name="location">Where.</param>
    /// <param name="origin">Which stage said it.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, DiagnosticLocation location, DiagnosticOrigin origin)
        : this(code, severity, location, origin)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
    }

    /// <summary>A diagnostic whose message is made when first read (<see cref="MakeMessage"/>).</summary>
    internal Diagnostic(string code, DiagnosticSeverity severity, DiagnosticLocation location, DiagnosticOrigin origin)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(location);
        Code = code;
        Severity = severity;
        Location = location;
        Origin = origin;
    }

    /// <summary>Creates a diagnostic at a place in a file.</summary>
    /// <param name="code">A stable code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What was found and what was expected.</param>
    /// <param name="position">Where in the file.</param>
    /// <param name="origin">Which stage said it.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, SourcePosition position, DiagnosticOrigin origin)
        : this(code, severity, message, new DiagnosticLocation(string.Empty, position), origin)
    {
    }

    /// <summary>The stable code: <c>KRD…</c> (<see cref="ReaderDiagnosticCodes"/>), <c>KRC…</c>, <c>KRL…</c>, <c>KRE…</c>, or a rule's id.</summary>
    public string Code { get; init; }

    /// <summary>How serious it is (for a finding, the severity in force after configuration).</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>What was found and what was expected.</summary>
    public string Message
    {
        // A finding keeps its template and arguments and makes the text when it is first read: a large run makes
        // thousands of findings whose messages most hosts never print.
        get => _message ??= MakeMessage();
        init => _message = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where: the file position when known, and the logical path in the document when it is about a part of one.</summary>
    public DiagnosticLocation Location { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Which stage said it.</summary>
    public DiagnosticOrigin Origin { get; }

    /// <summary>The rule it is about: the finding's rule, the rule that failed, or the rule a configuration names; otherwise null.</summary>
    public string? RuleId { get; init; }

    /// <summary>The file position, when known (the same as <c>Location.Position</c>).</summary>
    public SourcePosition? Position => Location.Position;

    /// <inheritdoc />
    public virtual bool Equals(Diagnostic? other) =>
        ReferenceEquals(this, other) || (other is not null
            && EqualityContract == other.EqualityContract
            && string.Equals(Code, other.Code, StringComparison.Ordinal)
            && Severity == other.Severity
            && string.Equals(Message, other.Message, StringComparison.Ordinal)
            && Location.Equals(other.Location)
            && Origin == other.Origin
            && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Code, Severity, Message, Location, Origin, RuleId);

    /// <summary>The message of a diagnostic made without one: made when first read.</summary>
    /// <returns>The message.</returns>
    internal virtual string MakeMessage() => string.Empty;

    /// <summary>
    /// The diagnostic as compilers write it, on one line: <c>file(line,col): error KRD021: message</c>, or the logical path
    /// when no position is known. Line breaks and control characters are escaped (<c>\n</c>, <c>\u001B</c>).
    /// </summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => Text.OneLine.Escape(string.Create(
        CultureInfo.InvariantCulture,
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}"));
}
