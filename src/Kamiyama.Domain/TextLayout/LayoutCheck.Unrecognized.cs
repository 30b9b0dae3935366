using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Text;
using Codes = Kamiyama.Domain.Sources.WriterDiagnosticCodes;

namespace Kamiyama.Domain.TextLayout;

/// <summary>A sheet's unrecognised lines.</summary>
internal sealed partial class LayoutCheck
{
    /// <summary>
    /// The unrecognised lines, written as they are after the 所属 of a 施策 sheet or the header of a 事業 sheet, where the
    /// reader keeps them as unrecognised again: a line of text, a table row outside the table, and in a 事業 sheet a
    /// heading it does not have (目標, 施策 …) with the lines under it. The reader collects each kind apart, so the lines
    /// must also come back in their order.
    /// </summary>
    private void Unrecognized(Sheet sheet)
    {
        var place = new Place(sheet, Field.Unrecognized);
        var rows = new List<string>();
        var loose = new List<string>();
        var headerRows = new List<string>();
        var sections = new List<(Label Label, List<string> Lines)>();
        List<string>? current = sheet is MeasureSheet ? [] : null;
        var department = current;
        foreach (var text in sheet.Unrecognized)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Refuse(Codes.Missing, place, Messages.BlankLine);
                return;
            }

            // A tab makes the line a row, which is kept whole; any other character the layout cannot hold is refused.
            if (!Characters(text.Replace('\t', ' '), 0, place, lineBreaks: true))
            {
                return;
            }

            if (char.IsWhiteSpace(text[^1]))
            {
                Refuse(Codes.Spacing, place, Messages.TrailingSpace, text);
                return;
            }

            var line = new Line(1, text);
            if (line.IsRow)
            {
                var first = Labels.RowLabel(line.FirstCell);
                var isHeaderRow = HeaderLabels.Contains(first);
                if (first == Labels.TableHeader || line.FirstCell.SequenceEqual(Labels.TableHeader) || (isHeaderRow && sheet is ProjectSheet))
                {
                    Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsRow, text, first);
                    return;
                }

                if (isHeaderRow)
                {
                    headerRows.Add(text);
                }
                else
                {
                    rows.Add(text);
                    current = null;
                }

                continue;
            }

            var label = line.Heading.Label;
            if (sheet is ProjectSheet && !Labels.IsProjectHeader(line) && label is not (Label.None or Label.Department or Label.Overview or Label.Purpose or Label.Reason or Label.FutureActions)
                && sections.TrueForAll(s => s.Label != label))
            {
                current = [text];
                sections.Add((label, current));
                continue;
            }

            if (!Structure(line, text, place))
            {
                return;
            }

            (current ?? loose).Add(text);
        }

        // The order the reader reports them in: loose lines, header rows (施策 sheets), the lines under 所属 or under each
        // heading, then the rows before the table.
        var read = loose.Concat(headerRows).Concat(department ?? []).Concat(sections.SelectMany(s => s.Lines)).Concat(rows);
        var at = read.Zip(sheet.Unrecognized).TakeWhile(pair => pair.First == pair.Second).Count();
        if (at < sheet.Unrecognized.Count)
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsInAnotherOrder, sheet.Unrecognized[at]);
        }
    }
}
