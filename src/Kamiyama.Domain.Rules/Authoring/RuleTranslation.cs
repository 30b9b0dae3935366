namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// A rule's words in another language: its title, its message template (with the placeholders of the rule's own
/// template) and its description. <see cref="RuleDescriptor.English"/> carries the English ones.
/// </summary>
public sealed record RuleTranslation
{
    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The message template; <c>{name}</c> placeholders are filled from the same arguments as the rule's own.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public required string Description { get; init; }
}
