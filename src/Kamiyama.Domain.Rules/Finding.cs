using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// What a rule found: the rule, the severity in force (after configuration), the message, where, and every related place
/// the rule read. A suppressed finding keeps its written justification and does not count as an error.
/// </summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Severity">The severity in force.</param>
/// <param name="Message">The message, its template filled.</param>
/// <param name="Location">The primary location.</param>
/// <param name="Related">Other places the rule read (the target, the actual, the empty 理由).</param>
/// <param name="Suppression">The justification when a configured suppression covers this finding.</param>
public sealed record Finding(string RuleId, RuleSeverity Severity, string Message, FindingLocation Location, ValueArray<FindingLocation> Related, string? Suppression = null)
{
    /// <summary>Whether a configured suppression covers this finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>The finding as compilers write it, on one line: <c>file(line,col): error KMY001: message</c>, or the path when no position is known; line breaks and control characters are escaped.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Kamiyama.Domain.Text.OneLine.Escape($"{(Location.Position?.ToString() ?? Location.Path)}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}");
}
