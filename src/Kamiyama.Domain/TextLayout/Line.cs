namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// One line of the input, without its line break. A line is a slice of the decoded text rather than a string of its own:
/// most lines are only looked at (headings, table rows), and only the text that goes into the model becomes a string.
/// </summary>
internal sealed class Line
{
    private readonly string _source;
    private readonly int _start;
    private readonly Label _label;
    private readonly string? _inline;

    /// <summary>A line of its own text (a heading's inline value read as a line).</summary>
    /// <param name="number">The 1-based line number.</param>
    /// <param name="text">The text.</param>
    public Line(int number, string text)
        : this(number, text, 0, text.Length)
    {
    }

    /// <summary>A line that is a slice of the decoded text.</summary>
    /// <param name="number">The 1-based line number.</param>
    /// <param name="source">The decoded text.</param>
    /// <param name="start">Where the line starts in <paramref name="source"/>.</param>
    /// <param name="length">The line's length, without its line break.</param>
    public Line(int number, string source, int start, int length)
    {
        Number = number;
        _source = source;
        _start = start;
        Length = length;

        // Recognised at once: every line is asked whether it starts a sheet, and most again for their section.
        (_label, _inline) = Labels.Recognize(this);
    }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The length of the text as read.</summary>
    public int Length { get; }

    /// <summary>The text as read.</summary>
    public ReadOnlySpan<char> Text => _source.AsSpan(_start, Length);

    /// <summary>The text without trailing white space (sheets often carry trailing spaces).</summary>
    public ReadOnlySpan<char> ContentSpan => Text.TrimEnd();

    /// <summary>The text without trailing white space, as a string.</summary>
    public string Content => ContentSpan.ToString();

    public bool IsBlank => Text.IsWhiteSpace();

    /// <summary>Whether the line is a table row: tab-separated cells.</summary>
    public bool IsRow => Text.Contains('\t');

    /// <summary>The heading this line is, if any.</summary>
    public (Label Label, string? Inline) Heading => (_label, _inline);

    /// <summary>The 1-based column of the first non-blank character.</summary>
    public int FirstColumn => Length - Text.TrimStart().Length + 1;

    /// <summary>The first tab-separated cell, trimmed (the row's label), without splitting the rest of the row.</summary>
    public ReadOnlySpan<char> FirstCell
    {
        get
        {
            var text = Text;
            var tab = text.IndexOf('\t');
            return (tab < 0 ? text : text[..tab]).Trim();
        }
    }

    /// <summary>The tab-separated cells, each trimmed, with the 1-based column where the cell's text starts.</summary>
    public Cell[] Cells()
    {
        var text = Text;
        var cells = new Cell[text.Count('\t') + 1];
        var start = 0;
        for (var k = 0; k < cells.Length; k++)
        {
            var tab = text[start..].IndexOf('\t');
            var raw = tab < 0 ? text[start..] : text.Slice(start, tab);
            var lead = raw.Length - raw.TrimStart().Length;
            cells[k] = new Cell(raw.Trim().ToString(), start + lead + 1);
            start += raw.Length + 1;
        }

        return cells;
    }

    /// <inheritdoc />
    public override string ToString() => $"line {Number}: {Content}";
}

/// <summary>A cell of a table row.</summary>
/// <param name="Text">The trimmed text.</param>
/// <param name="Column">The 1-based column where it starts.</param>
internal readonly record struct Cell(string Text, int Column);
