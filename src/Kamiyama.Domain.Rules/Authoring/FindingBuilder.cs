namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// Where a reported finding points: <c>.At(indicator, nameof(Indicator.Actual))</c> for the primary location,
/// <c>.Related(sheet, nameof(Sheet.Reason), "理由")</c> for each other field the rule read.
/// </summary>
public sealed class FindingBuilder
{
    private readonly List<(object Element, string? Member, string? Label)> _related = [];

    internal FindingBuilder(object subject, string message)
    {
        Element = subject;
        Message = message;
    }

    internal object Element { get; private set; }

    internal string? Member { get; private set; }

    internal string Message { get; }

    internal IReadOnlyList<(object Element, string? Member, string? Label)> RelatedLocations => _related;

    /// <summary>Puts the finding at an element of the document, or at one of its members.</summary>
    /// <param name="element">A sheet, an indicator, or another element the run knows.</param>
    /// <param name="member">A member such as <c>nameof(Indicator.Actual)</c>, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public FindingBuilder At(object element, string? member = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        (Element, Member) = (element, MemberPath(member));
        return this;
    }

    /// <summary>Adds a related location: another field the rule read.</summary>
    /// <param name="element">The element.</param>
    /// <param name="member">Its member, or <see langword="null"/>.</param>
    /// <param name="label">What the location is to the finding (目標, 理由); the member's label when null.</param>
    /// <returns>This builder.</returns>
    public FindingBuilder Related(object element, string? member = null, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        _related.Add((element, MemberPath(member), label));
        return this;
    }

    /// <summary>
    /// A member path as locations spell it (<c>Actual</c>, <c>Cost.Actual</c>, <c>Items[2]</c>): names of letters, digits and
    /// underscores, joined by dots, with optional indexes; anything else (a sentence, a line break, a forged diagnostic)
    /// is refused, so a location can never carry text of the rule's choosing.
    /// </summary>
    /// <exception cref="ArgumentException">The member is not a member path.</exception>
    private static string? MemberPath(string? member)
    {
        if (member is null)
        {
            return null;
        }

        var ok = member.Length is > 0 and <= 200;
        var atNameStart = true;
        for (var i = 0; ok && i < member.Length; i++)
        {
            var c = member[i];
            if (char.IsLetter(c) || c == '_' || (!atNameStart && char.IsDigit(c)))
            {
                atNameStart = false;
            }
            else if (c == '.' && !atNameStart)
            {
                atNameStart = true;
            }
            else if (c == '[' && !atNameStart && member.IndexOf(']', i) is var close && close > i + 1 && member.AsSpan(i + 1, close - i - 1).ContainsAnyExceptInRange('0', '9') == false)
            {
                i = close;
            }
            else
            {
                ok = false;
            }
        }

        return ok && !atNameStart ? member : throw new ArgumentException($"'{Text.OneLine.Escape(member.Length > 60 ? member[..60] + "…" : member)}' is not a member path (such as nameof(Indicator.Actual) or \"Cost.Actual\").", nameof(member));
    }
}
