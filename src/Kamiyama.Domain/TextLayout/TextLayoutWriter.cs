using System.Globalization;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Writes a document in the published text layout that <see cref="TextSheetSource"/> reads, so that text → model →
/// text → model gives an equal model. Deterministic: LF line ends, invariant formatting, sheets in document order.
/// Indicator directions are not part of the layout and are not written.
/// </summary>
public static class TextLayoutWriter
{
    /// <summary>Writes the document as text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text.</returns>
    public static string Write(EvaluationDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Writes the document to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; line ends are always LF.</param>
    public static void Write(EvaluationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var year = document.FiscalYear?.ToString() ?? string.Empty;
        var next = document.FiscalYear?.Next.ToString() ?? string.Empty;
        var output = new Output(writer);
        foreach (var sheet in document.Sheets)
        {
            switch (sheet)
            {
                case MeasureSheet measure:
                    WriteMeasure(measure, year, next, output);
                    break;
                case ProjectSheet project:
                    WriteProject(project, year, next, output);
                    break;
            }
        }
    }

    private static void WriteMeasure(MeasureSheet sheet, string year, string next, Output output)
    {
        output.Paragraph(Labels.Department);
        output.Paragraph(sheet.Department?.Name);
        foreach (var line in sheet.Unrecognized)
        {
            output.Paragraph(line);
        }

        output.Paragraph(Labels.Plan);
        output.Line($"第{sheet.Chapter.Code.Chapter.ToString(CultureInfo.InvariantCulture)}章 {sheet.Chapter.Title}");
        output.Paragraph(sheet.Policy.ToString());
        output.Paragraph(Labels.Measure);
        output.Paragraph(sheet.Measure.ToString());
        if (sheet.Strategy is not null)
        {
            output.Paragraph($"{Labels.Strategy} {sheet.Strategy.Text}");
        }

        WriteItems(Labels.Purpose, sheet.Purposes, output);
        WriteItems(Labels.Goals, sheet.Goals, output);
        WriteItems(Labels.Results, sheet.Results, output);
        output.Line(Row(Labels.TableHeader, string.Empty, year + "予算", year + "実績", next + "目標"));
        WriteIndicators(Labels.OutcomeRow, sheet.Outcomes, output);
        output.Blank();
        WriteClosing(sheet, string.Format(CultureInfo.InvariantCulture, Labels.MeasureReasonNote, year), output);
    }

    private static void WriteProject(ProjectSheet sheet, string year, string next, Output output)
    {
        output.Paragraph($"{year} {Labels.ProjectHeader}".TrimStart());
        foreach (var line in sheet.Unrecognized)
        {
            output.Paragraph(line);
        }

        output.Line(Row(Labels.Department, sheet.Department?.Name, Labels.Project, sheet.Title, Labels.Account, sheet.Account?.ToString()));
        var measures = sheet.Measures.Select(m => m.ToString()).ToList();
        output.Line(Row(Labels.Measure, measures.FirstOrDefault(), string.Join(' ', measures.Skip(1)), Labels.Strategy, sheet.Strategy?.Text, string.Empty));
        output.Blank();
        output.Paragraph(Labels.Overview);
        output.Paragraphs(sheet.Overview);
        output.Paragraph(Labels.Purpose);
        output.Paragraphs(sheet.Purpose);
        output.Line(Row(Labels.TableHeader, string.Empty, year + "予算", year + "実績", next + "目標"));
        WriteIndicators(Labels.GoalRow, sheet.Goal is null ? [] : [sheet.Goal], output);
        WriteIndicators(Labels.ActivityRow, sheet.Activities, output);
        output.Line(Row(Labels.CostRow, string.Empty, Figure(sheet.Cost.Budget), Figure(sheet.Cost.Actual), Figure(sheet.Cost.NextBudget)));
        output.Line(Row(Labels.StaffRow, string.Empty, Figure(sheet.Staff.Planned), Figure(sheet.Staff.Actual), Figure(sheet.Staff.NextPlanned)));
        output.Blank();
        WriteClosing(sheet, string.Format(CultureInfo.InvariantCulture, Labels.ProjectReasonNote, year), output);
    }

    private static void WriteItems(string label, ValueArray<SheetItem> items, Output output)
    {
        output.Paragraph(label);
        foreach (var item in items)
        {
            output.Paragraph(item.ToString());
            foreach (var detail in item.Details)
            {
                output.Paragraph(detail);
            }
        }
    }

    private static void WriteIndicators(string label, IReadOnlyList<Indicator> indicators, Output output)
    {
        if (indicators.Count == 0)
        {
            output.Line(Row(label, string.Empty, string.Empty, string.Empty, string.Empty));
            return;
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            output.Line(Row(i == 0 ? label : string.Empty, indicator.Name, Cell(indicator.Target), Cell(indicator.Actual), Cell(indicator.NextTarget)));
        }
    }

    private static void WriteClosing(Sheet sheet, string reasonNote, Output output)
    {
        output.Paragraph($"{Labels.Reason} {reasonNote}");
        output.Paragraphs(sheet.Reason);
        output.Paragraph(Labels.FutureActions);
        output.Paragraphs(sheet.FutureActions);
    }

    private static string Cell(IndicatorValue value) => value.ToString() ?? string.Empty;

    private static string Figure<T>(Figure<T> figure)
        where T : struct, IEquatable<T>, IFormattable => figure.Kind switch
        {
            FigureKind.Value => figure.Value is Money money ? money.ToString("K", CultureInfo.InvariantCulture) : figure.Value.ToString(null, CultureInfo.InvariantCulture),
            FigureKind.NotApplicable => "—",
            _ => string.Empty,
        };

    private static string Row(params string?[] cells) => string.Join('\t', cells.Select(c => c ?? string.Empty));

    private sealed class Output(TextWriter writer)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public void Blank() => writer.Write('\n');

        /// <summary>A paragraph and the blank line after it; nothing for null or empty text.</summary>
        public void Paragraph(string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Line(text);
                Blank();
            }
        }

        public void Paragraphs(string text)
        {
            foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Paragraph(paragraph);
            }
        }
    }
}
