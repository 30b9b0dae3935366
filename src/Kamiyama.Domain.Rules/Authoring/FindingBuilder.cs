using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// Where a reported finding points: <c>.At(indicator, Field.Actual)</c> for the primary location,
/// <c>.Related(sheet, Field.Reason)</c> for each other field the rule read. Fields come from one vocabulary
/// (<see cref="Field"/>), so a misspelt one does not compile, and one the element does not have is an error of the rule.
/// </summary>
public sealed class FindingBuilder
{
    // Made on the first related location, the size findings usually need (the target, the 理由).
    private List<(object Element, Field? Member, string? Label)>? _related;

    internal FindingBuilder(object subject, DeferredMessage message, DeferredMessage englishMessage)
    {
        Element = subject;
        Message = message;
        EnglishMessage = englishMessage;
    }

    internal object Element { get; private set; }

    internal Field? Member { get; private set; }

    /// <summary>The message from the rule's template, made when it is read.</summary>
    internal DeferredMessage Message { get; }

    /// <summary>The message from the rule's English template, when it has one.</summary>
    internal DeferredMessage EnglishMessage { get; }

    internal IReadOnlyList<(object Element, Field? Member, string? Label)> RelatedLocations => (IReadOnlyList<(object, Field?, string?)>?)_related ?? [];

    /// <summary>Puts the finding at an element of the document, or at one of its fields.</summary>
    /// <param name="element">A sheet, an indicator, or another element the run knows.</param>
    /// <param name="field">A field of the element such as <see cref="Field.Actual"/>, or <see langword="null"/> for the element itself.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The element has no such field.</exception>
    public FindingBuilder At(object element, Field? field = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        (Element, Member) = (element, Checked(element, field));
        return this;
    }

    /// <summary>Adds a related location: another field the rule read.</summary>
    /// <param name="element">The element.</param>
    /// <param name="field">Its field, or <see langword="null"/> for the element itself.</param>
    /// <param name="label">What the location is to the finding (予算, 理由); the field's label when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The element has no such field.</exception>
    public FindingBuilder Related(object element, Field? field = null, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        (_related ??= new(2)).Add((element, Checked(element, field), label));
        return this;
    }

    /// <summary>The field, when the element has it; otherwise the rule is told, rather than the finding pointing elsewhere.</summary>
    /// <exception cref="ArgumentException">The element has no such field (<c>Field.CostActual</c> of an indicator).</exception>
    private static Field? Checked(object element, Field? field) =>
        field is null || field.IsFieldOf(element)
            ? field
            : throw new ArgumentException($"{field.Path} ({field.Label}) is not a field of {element.GetType().Name}.", nameof(field));
}
