namespace Kamiyama.Domain.TextLayout;

/// <summary>One line of the input, without its line break.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Text">The text as read.</param>
internal sealed record Line(int Number, string Text)
{
    /// <summary>The text without trailing white space (sheets often carry trailing spaces).</summary>
    public string Content => Text.TrimEnd();

    public bool IsBlank => Content.Length == 0 || Content.AsSpan().Trim().IsEmpty;

    /// <summary>Whether the line is a table row: tab-separated cells.</summary>
    public bool IsRow => Text.Contains('\t', StringComparison.Ordinal);

    private IReadOnlyList<Cell>? _cells;
    private (Label Label, string? Inline)? _label;

    /// <summary>The heading this line is, if any (computed once: every line is asked more than once).</summary>
    public (Label Label, string? Inline) Heading => _label ??= Labels.Recognize(this);

    /// <summary>The tab-separated cells, each trimmed, with the 1-based column where the cell's text starts.</summary>
    public IReadOnlyList<Cell> Cells() => _cells ??= SplitCells();

    private List<Cell> SplitCells()
    {
        var cells = new List<Cell>();
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && Text[i] != '\t')
            {
                continue;
            }

            var raw = Text.AsSpan(start, i - start);
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add(new Cell(raw.Trim().ToString(), start + lead + 1));
            start = i + 1;
        }

        return cells;
    }

    /// <summary>The 1-based column of the first non-blank character.</summary>
    public int FirstColumn => Text.Length - Text.TrimStart().Length + 1;
}

/// <summary>A cell of a table row.</summary>
/// <param name="Text">The trimmed text.</param>
/// <param name="Column">The 1-based column where it starts.</param>
internal readonly record struct Cell(string Text, int Column);
