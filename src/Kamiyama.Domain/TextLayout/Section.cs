namespace Kamiyama.Domain.TextLayout;

/// <summary>A heading of a sheet and the non-blank lines under it.</summary>
internal sealed class Section(Label label, Line heading, string? inline)
{
    public Label Label { get; } = label;

    public Line Heading { get; } = heading;

    /// <summary>The value written on the heading's own line (<c>創生総合戦略 該当なし</c>).</summary>
    public string? Inline { get; } = inline;

    public List<Line> Lines { get; } = [];

    /// <summary>The paragraphs under the heading, trimmed, one per line, joined with line feeds.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Content.Trim()));
}
