using Kamiyama.Domain.Samples;

namespace Kamiyama.Domain.Tests.Sample;

/// <summary>
/// The bundled sample's lines cut into one segment per sheet, as an independent oracle for the hand-written
/// <see cref="KaminoyamaSample"/>: a 施策 sheet starts at a line <c>所属</c>, a 事業 sheet at its form title. This is
/// not a reader — it only separates prose lines from tab-separated table rows so tests can compare them with the model.
/// </summary>
internal static class SampleText
{
    public const string ProjectFormTitle = "令和4年度 実施計画兼予算要求書（検証）";

    private static readonly HashSet<string> Headings =
    [
        "所属", "振興計画", "施策", "創生総合戦略", "目的", "目標", "実績", "事業概要", "目標の実現に向けた今後の取組", ProjectFormTitle,
    ];

    public static IReadOnlyList<Segment> Segments()
    {
        var lines = BundledSample.ReadText().Split('\n');
        var segments = new List<Segment>();
        List<Line>? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = new Line(i + 1, lines[i]);
            if (line.Text is "所属" or ProjectFormTitle)
            {
                current = [];
                segments.Add(new Segment(current));
            }

            current?.Add(line);
        }

        return segments;
    }

    /// <summary>One line of the sample with its 1-based number.</summary>
    internal sealed record Line(int Number, string Text)
    {
        public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);

        public string[] Cells => Text.Split('\t');

        /// <summary>The line without trailing spaces, markdown heading marks, a leading bullet or a 創生総合戦略 label.</summary>
        public string Prose
        {
            get
            {
                var text = Text.TrimEnd().TrimStart('#').TrimStart();
                text = text.StartsWith("- ", StringComparison.Ordinal) ? text[2..] : text;
                return text.StartsWith("創生総合戦略 ", StringComparison.Ordinal) ? text["創生総合戦略 ".Length..] : text;
            }
        }

        public bool IsProse => !IsTableRow && Prose.Length > 0 && !Headings.Contains(Prose) && !Prose.StartsWith("理由 ※", StringComparison.Ordinal);

        public override string ToString() => $"line {Number}: {Text}";
    }

    /// <summary>The lines of one sheet.</summary>
    internal sealed record Segment(IReadOnlyList<Line> Lines)
    {
        public IEnumerable<Line> ProseLines => Lines.Where(l => l.IsProse);

        /// <summary>The tab-separated rows before the 区分 header (the 所属 and 施策 rows of a 事業 sheet).</summary>
        public IReadOnlyList<Line> HeaderRows => [.. Lines.Where(l => l.IsTableRow).TakeWhile(l => l.Cells[0] != "区分")];

        /// <summary>The rows of the indicator table, after its 区分 header.</summary>
        public IReadOnlyList<Line> TableRows => [.. Lines.Where(l => l.IsTableRow).SkipWhile(l => l.Cells[0] != "区分").Skip(1)];
    }
}
