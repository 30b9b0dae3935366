using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// The lines of one sheet sorted by heading: the sections (所属, 目的, 理由 …), the tab rows of the sheet's header
/// (事業 sheets) and of its table, and the loose lines that stand under no heading.
/// </summary>
internal sealed class SheetSections
{
    private static readonly HashSet<string> HeaderRowLabels = [Labels.Department, Labels.Measure, Labels.Project, Labels.Account, Labels.Strategy];

    private readonly Dictionary<Label, Section> _sections = [];

    public List<Line> HeaderRows { get; } = [];

    public List<Line> TableRows { get; } = [];

    public List<Line> Loose { get; } = [];

    public IEnumerable<Section> All => _sections.Values;

    public Section? this[Label label] => _sections.GetValueOrDefault(label);

    internal static SheetSections Collect(IEnumerable<Line> lines, ReaderContext context)
    {
        var sections = new SheetSections();
        Section? current = null;
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (line.IsRow)
            {
                var first = Labels.RowLabel(line.Cells()[0].Text);
                if (first == Labels.TableHeader)
                {
                    inTable = true;
                }

                if (!inTable && HeaderRowLabels.Contains(first))
                {
                    sections.HeaderRows.Add(line);
                }
                else
                {
                    sections.TableRows.Add(line);
                    current = null;
                }

                continue;
            }

            var (label, inline) = line.Heading;
            if (label == Label.None)
            {
                (current?.Lines ?? sections.Loose).Add(line);
                continue;
            }

            inTable = false;
            if (sections._sections.TryGetValue(label, out var existing))
            {
                context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, line.FirstColumn, Messages.SectionRepeated, line.Content, existing.Heading.Number);
                current = existing;
                if (inline is not null)
                {
                    existing.Lines.Add(new Line(line.Number, inline));
                }

                continue;
            }

            current = new Section(label, line, inline);
            sections._sections.Add(label, current);
        }

        return sections;
    }

    /// <summary>The value of a one-value section: the inline value or the first line; further lines are unrecognised.</summary>
    internal (string? Value, Line? At) Single(Label label, ReaderContext context, List<string> unrecognized)
    {
        if (this[label] is not { } section)
        {
            return (null, null);
        }

        var lines = section.Lines.AsEnumerable();
        (string?, Line?) value = (section.Inline, section.Heading);
        if (section.Inline is null)
        {
            value = section.Lines.Count > 0 ? (section.Lines[0].Content.Trim(), section.Lines[0]) : (null, section.Heading);
            lines = lines.Skip(1);
        }

        foreach (var extra in lines)
        {
            TableParser.Unrecognized(extra, context, unrecognized, Messages.UnrecognizedLine);
        }

        return value;
    }
}
