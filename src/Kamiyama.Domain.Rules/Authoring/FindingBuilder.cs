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
        (Element, Member) = (element, member);
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
        _related.Add((element, member, label));
        return this;
    }
}
