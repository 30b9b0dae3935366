using System.Diagnostics.CodeAnalysis;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Sheets;

/// <summary>
/// 創生総合戦略 — the link of a sheet to the city's 地方創生 strategy, or <see cref="None"/> (該当なし). A link reads
/// <c>2 かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進</c>: a number,
/// a project and what it is about. Links compare by their text.
/// </summary>
public sealed record StrategyLink
{
    private const string NoneText = "該当なし";
    private const string ProjectWord = "プロジェクト";

    private StrategyLink(string text, int? number, string? project, string? detail)
    {
        Text = text;
        Number = number;
        Project = project;
        Detail = detail;
    }

    /// <summary>該当なし — the sheet is not part of the strategy.</summary>
    public static StrategyLink None { get; } = new(NoneText, null, null, null);

    /// <summary>The link as written (<c>該当なし</c> for <see cref="None"/>).</summary>
    public string Text { get; }

    /// <summary>Whether the sheet is not part of the strategy.</summary>
    public bool IsNone => ReferenceEquals(this, None) || Text == NoneText;

    /// <summary>The leading number (2), if the text has one.</summary>
    public int? Number { get; }

    /// <summary>The project (<c>かみのやま「来てよし」プロジェクト</c>), if the text names one.</summary>
    public string? Project { get; }

    /// <summary>What follows the project (<c>移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進</c>).</summary>
    public string? Detail { get; }

    /// <summary>
    /// Reads a link: <c>該当なし</c> (also なし, －) is <see cref="None"/>; anything else is a link whose number, project
    /// and detail are picked out where present. Empty text is not a link.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The link, or why the text is not one.</returns>
    public static ParseResult<StrategyLink> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<StrategyLink>.ForError(text, 0, Messages.ExpectedStrategyLink);
        }

        if (trimmed is NoneText or "なし" or "－" or "-" or "—")
        {
            return ParseResult<StrategyLink>.ForValue(None, text);
        }

        var position = 0;
        int? number = JapaneseText.TryReadInteger(trimmed, ref position, out var n) ? n : null;
        var rest = trimmed[position..].Trim();
        var projectEnd = rest.IndexOf(ProjectWord, StringComparison.Ordinal);
        var project = projectEnd < 0 ? null : rest[..(projectEnd + ProjectWord.Length)].Trim();
        var detail = (projectEnd < 0 ? rest : rest[(projectEnd + ProjectWord.Length)..]).Trim();
        return ParseResult<StrategyLink>.ForValue(new StrategyLink(trimmed, number, project, detail.Length == 0 ? null : detail), text);
    }

    /// <summary>Parses a link.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The link.</returns>
    /// <exception cref="UnparsableValueException">The text is empty.</exception>
    public static StrategyLink Parse(string text) => Read(text).Value;

    /// <summary>Parses a link without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="link">The link, or <see langword="null"/>.</param>
    /// <returns>Whether the text is a link.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out StrategyLink link)
    {
        link = null;
        return text is not null && Read(text).TryGetValue(null!, out link);
    }

    /// <inheritdoc />
    public bool Equals(StrategyLink? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
