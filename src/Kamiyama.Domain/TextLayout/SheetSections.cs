using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// The lines of one sheet sorted by heading: the sections (所属, 目的, 理由 …), the tab rows of the sheet's header
/// (事業 sheets) and of its table, and the loose lines that stand under no heading.
/// </summary>
internal sealed class SheetSections
{
    // In the order the headings appear (the order unrecognised sections are reported in).
    private readonly List<Section> _sections = [];

    public List<Line> HeaderRows { get; } = [];

    public List<Line> TableRows { get; } = [];

    public List<Line> Loose { get; } = [];

    public IReadOnlyList<Section> All => _sections;

    public Section? this[Label label]
    {
        get
        {
            foreach (var section in _sections)
            {
                if (section.Label == label)
                {
                    return section;
                }
            }

            return null;
        }
    }

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
                var first = Labels.RowLabel(line.FirstCell);
                if (first == Labels.TableHeader)
                {
                    inTable = true;
                }

                if (!inTable && first is Labels.Department or Labels.Measure or Labels.Project or Labels.Account or Labels.Strategy)
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
            if (sections[label] is { } existing)
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
            sections._sections.Add(current);
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

        var firstExtra = 0;
        (string?, Line?) value = (section.Inline, section.Heading);
        if (section.Inline is null)
        {
            value = section.Lines.Count > 0 ? (section.Lines[0].ContentSpan.Trim().ToString(), section.Lines[0]) : (null, section.Heading);
            firstExtra = 1;
        }

        for (var i = firstExtra; i < section.Lines.Count; i++)
        {
            TableParser.Unrecognized(section.Lines[i], context, unrecognized, Messages.UnrecognizedLine);
        }

        return value;
    }
}
