using System.Globalization;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Writes a document in the published text layout that <see cref="TextSheetSource"/> reads, so that text → model →
/// text → model gives an equal model. Deterministic: LF line ends, invariant formatting, sheets in document order.
/// </summary>
/// <remarks>
/// The layout has no escape mechanism: a value that would read back different (a line of 理由 that reads as the
/// 今後の取組 heading, a tab or a line break in a one-line field, white space the reader trims, NUL, a lone surrogate,
/// an indicator's direction, a missing 所属 …) is refused rather than written. <see cref="Check"/> lists what is refused
/// as diagnostics (<see cref="WriterDiagnosticCodes"/>), each naming the sheet and the field; the writing methods check
/// first and write nothing when anything is refused.
/// </remarks>
public static class TextLayoutWriter
{
    /// <summary>
    /// What the layout cannot hold: one error per refused value (<c>KRW…</c>), whose location names the sheet and the
    /// <see cref="Field"/> (and the source position when the document was read from a file). Empty when the document
    /// can be written and reads back equal without errors.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The refusals, in document order.</returns>
    public static ValueArray<Diagnostic> Check(EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return LayoutCheck.Run(document);
    }

    /// <summary>Writes the document as text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The layout cannot hold a value of the document (<see cref="Check"/> says which).</exception>
    public static string Write(EvaluationDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the document to a text writer as it goes, sheet by sheet (the text is never held whole), after checking
    /// that the layout can hold every value.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; line ends are always LF. Not flushed or closed.</param>
    /// <exception cref="ArgumentException">
    /// The layout cannot hold a value of the document (<see cref="Check"/> says which); nothing was written.
    /// </exception>
    public static void Write(EvaluationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var refused = LayoutCheck.Run(document);
        if (!refused.IsEmpty)
        {
            throw new ArgumentException(Messages.Format(Messages.NotWritable, "in the published text layout", refused.Count, refused[0], "TextLayoutWriter"), nameof(document));
        }

        WriteUnchecked(document, writer);
    }

    /// <summary>Writes without checking: what <see cref="Check"/> refuses is written as it is and reads back different.</summary>
    internal static void WriteUnchecked(EvaluationDocument document, TextWriter writer)
    {
        var year = document.FiscalYear?.ToString() ?? string.Empty;
        var next = document.FiscalYear is { } fiscalYear && fiscalYear.StartYear < FiscalYear.MaxStartYear ? fiscalYear.Next.ToString() : string.Empty;
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

    /// <summary>The chapter line: <c>第5章 つながる『みんなで創る住みよいまち』</c>.</summary>
    internal static string ChapterLine(PlanItem chapter) => $"第{chapter.Code.Chapter.ToString(CultureInfo.InvariantCulture)}章 {chapter.Title}";

    /// <summary>A policy or measure line: <c>5-1-1 多様な担い手が参画するまちづくりの推進</c>.</summary>
    internal static string PlanLine(PlanItem item) => item.ToString();

    /// <summary>The linked measures' two cells: the first measure, and the others separated by spaces.</summary>
    internal static (string First, string Others) MeasureCells(ProjectSheet sheet) =>
        (sheet.Measures.IsEmpty ? string.Empty : sheet.Measures[0].ToString(), string.Join(' ', sheet.Measures.Skip(1)));

    /// <summary>The 創生総合戦略 line of a 施策 sheet, with the link on the heading's line.</summary>
    internal static string StrategyLine(StrategyLink strategy) => $"{Labels.Strategy} {strategy.Text}";

    private static void WriteMeasure(MeasureSheet sheet, string year, string next, Output output)
    {
        output.Paragraph(Labels.Department);
        output.Paragraph(sheet.Department?.Name);
        foreach (var line in sheet.Unrecognized)
        {
            output.Paragraph(line);
        }

        output.Paragraph(Labels.Plan);
        output.Line(ChapterLine(sheet.Chapter));
        output.Paragraph(PlanLine(sheet.Policy));
        output.Paragraph(Labels.Measure);
        output.Paragraph(PlanLine(sheet.Measure));
        if (sheet.Strategy is not null)
        {
            output.Paragraph(StrategyLine(sheet.Strategy));
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
        var (first, rest) = MeasureCells(sheet);
        output.Line(Row(Labels.Measure, first, rest, Labels.Strategy, sheet.Strategy?.Text, string.Empty));
        output.Blank();
        output.Paragraph(Labels.Overview);
        output.Paragraphs(sheet.Overview);
        output.Paragraph(Labels.Purpose);
        output.Paragraphs(sheet.Purpose);
        output.Line(Row(Labels.TableHeader, string.Empty, year + "予算", year + "実績", next + "目標"));
        WriteIndicators(Labels.GoalRow, sheet.Goal is null ? [] : [sheet.Goal], output);
        WriteIndicators(Labels.ActivityRow, sheet.Activities, output);
        output.Line(Row(Labels.CostRow, string.Empty, FigureText(sheet.Cost.Budget), FigureText(sheet.Cost.Actual), FigureText(sheet.Cost.NextBudget)));
        output.Line(Row(Labels.StaffRow, string.Empty, FigureText(sheet.Staff.Planned), FigureText(sheet.Staff.Actual), FigureText(sheet.Staff.NextPlanned)));
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

    /// <summary>An indicator's cell as written.</summary>
    internal static string Cell(IndicatorValue value) => value.ToString() ?? string.Empty;

    /// <summary>A cost or staff cell as written: <c>6,317</c> (千円), <c>0.8</c>, <c>—</c>, or nothing.</summary>
    internal static string FigureText<T>(Figure<T> figure)
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
