using System.Text;

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
    public string Text
    {
        get
        {
            if (Lines.Count == 1)
            {
                return Lines[0].ContentSpan.Trim().ToString();
            }

            var text = new StringBuilder();
            for (var i = 0; i < Lines.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('\n');
                }

                text.Append(Lines[i].ContentSpan.Trim());
            }

            return text.ToString();
        }
    }
}
