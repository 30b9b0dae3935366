using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// What a rule found: a <see cref="Diagnostic"/> whose code is the rule's id, with the severity in force (after
/// configuration), the message, where, and every related place the rule read. A suppressed finding keeps its written
/// justification and does not count as an error.
/// </summary>
public sealed record Finding : Diagnostic
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="severity">The severity in force.</param>
    /// <param name="message">The message, its template filled.</param>
    /// <param name="location">The primary location.</param>
    /// <param name="related">Other places the rule read (the target, the actual, the empty 理由).</param>
    /// <param name="suppression">The justification when a configured suppression covers this finding.</param>
    public Finding(string ruleId, DiagnosticSeverity severity, string message, DiagnosticLocation location, ValueArray<DiagnosticLocation> related, string? suppression = null)
        : base(ruleId, severity, message, location, DiagnosticOrigin.Finding)
    {
        base.RuleId = ruleId;
        Related = related;
        Suppression = suppression;
    }

    /// <summary>A finding whose message is made from the rule's template and the report's arguments when first read.</summary>
    internal Finding(string ruleId, DiagnosticSeverity severity, Authoring.DeferredMessage message, DiagnosticLocation location, ValueArray<DiagnosticLocation> related, string? suppression)
        : base(ruleId, severity, location, DiagnosticOrigin.Finding)
    {
        base.RuleId = ruleId;
        Related = related;
        Suppression = suppression;
        _message = message;
    }

    private readonly Authoring.DeferredMessage _message;

    /// <summary>The rule's id (the same as <see cref="Diagnostic.Code"/>).</summary>
    public new string RuleId => Code;

    /// <summary>Other places the rule read (the target, the actual, the empty 理由).</summary>
    public ValueArray<DiagnosticLocation> Related { get; init; }

    /// <summary>The justification when a configured suppression covers this finding.</summary>
    public string? Suppression { get; init; }

    /// <summary>The message from the rule's English template (<see cref="Authoring.RuleDescriptor.English"/>), when it has one.</summary>
    internal string? EnglishMessage => English.Value;

    /// <summary>The English message as kept: made when it is read.</summary>
    internal Authoring.DeferredMessage English { get; init; }

    /// <summary>Whether a configured suppression covers this finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        base.Equals(other) && Related.Equals(other.Related) && string.Equals(Suppression, other.Suppression, StringComparison.Ordinal) && English.Equals(other.English);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Related, Suppression);

    /// <inheritdoc />
    internal override string MakeMessage() => _message.Value ?? string.Empty;
}
