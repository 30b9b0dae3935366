using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;
using Codes = Kamiyama.Domain.Sources.WriterDiagnosticCodes;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Whether <see cref="TextLayoutWriter"/> can write a document so that <see cref="TextSheetSource"/> reads it back equal
/// and without errors. The published layout has no escape mechanism, so each value is judged by asking the reader's own
/// recognisers about the exact text the writer would write (a line is a heading when <see cref="Labels.Recognize"/> says
/// so; a cell reads back as <see cref="IndicatorValue.Read"/> reads it); what would read back different is refused.
/// </summary>
internal sealed partial class LayoutCheck
{
    private readonly WriteRefusals _refusals;

    private LayoutCheck(EvaluationDocument document) => _refusals = new WriteRefusals(document);

    internal static ValueArray<Diagnostic> Run(EvaluationDocument document)
    {
        var check = new LayoutCheck(document);
        check.Document(document);
        return check._refusals.Diagnostics;
    }

    private void Document(EvaluationDocument document)
    {
        if (document.FiscalYear is not { } year)
        {
            _refusals.RefuseDocument(Codes.Missing, Messages.NoFiscalYearToWrite);
        }
        else
        {
            FiscalYearReadsBack(year, 0);
        }

        if (document.Sheets.Count == 0)
        {
            _refusals.RefuseDocument(Codes.Missing, Messages.NoSheetsToWrite);
        }

        if (document.Plan.Name is { } planName)
        {
            _refusals.RefuseDocument(Codes.NotExpressible, Messages.NoPlanName, planName);
        }

        foreach (var sheet in document.Sheets)
        {
            _refusals.BeginSheet(sheet);
            switch (sheet)
            {
                case MeasureSheet measure:
                    Measure(measure);
                    break;
                case ProjectSheet project:
                    Project(project);
                    break;
            }
        }
    }

    private void FiscalYearReadsBack(FiscalYear year, int offset)
    {
        if (offset == 0 && year.StartYear == FiscalYear.MaxStartYear)
        {
            // The table's last column is next year's target, a year the calendar does not reach.
            _refusals.RefuseDocument(Codes.NotExpressible, Messages.FiscalYearNotWritable, year.StartYear, year.ToString(), "next year's column would need a year beyond the supported range");
            return;
        }

        foreach (var written in (ReadOnlySpan<FiscalYear>)[year, year.Next])
        {
            var parsed = FiscalYearPattern.Strict.Parse(written.ToString());
            if (!parsed.Success || parsed.Value != written)
            {
                _refusals.RefuseDocument(Codes.NotExpressible, Messages.FiscalYearNotWritable, written.StartYear, written.ToString(), parsed.Message ?? parsed.Value.ToString());
                return;
            }
        }
    }

    private void Measure(MeasureSheet sheet)
    {
        if (sheet.Department is null)
        {
            Refuse(Codes.Missing, new Place(sheet, Field.Department), Messages.MissingForLayout, "The department (所属)", ReaderDiagnosticCodes.MissingField);
        }
        else
        {
            LineValue(sheet.Department.Name, sheet.Department.Name, new Place(sheet, Field.Department));
        }

        Unrecognized(sheet);
        PlanLines(sheet);
        if (sheet.Strategy is { } strategy && OneLineTrimmed(strategy.Text, new Place(sheet, Field.Strategy)))
        {
            var line = new Line(1, TextLayoutWriter.StrategyLine(strategy));
            if (Labels.IsProjectHeader(line))
            {
                Refuse(Codes.ReadsAsLayout, new Place(sheet, Field.Strategy), Messages.ReadsAsProjectHeader, strategy.Text);
            }
            else if (line.Heading.Label != Label.Strategy || line.Heading.Inline is not { } inline || StrategyLink.Parse(inline) != strategy)
            {
                Refuse(Codes.NotExpressible, new Place(sheet, Field.Strategy), Messages.ReadsBackAs, strategy.Text, line.Heading.Inline ?? "nothing");
            }
        }

        Items(sheet.Purposes, Field.Purposes);
        Items(sheet.Goals, Field.Goals);
        Items(sheet.Results, Field.Results);
        Indicators(sheet.Outcomes, IndicatorKind.Outcome, Labels.OutcomeRow);
        Paragraphs(sheet.Reason, new Place(sheet, Field.Reason));
        Paragraphs(sheet.FutureActions, new Place(sheet, Field.FutureActions));
    }

    private void PlanLines(MeasureSheet sheet)
    {
        var place = new Place(sheet, Field.MeasureItem);
        if (OneLineTrimmed(sheet.Measure.Title, place))
        {
            _ = ItemReadsBack(TextLayoutWriter.PlanLine(sheet.Measure), sheet.Measure, place);
        }

        var parent = sheet.Measure.Code.Parent!.Value;
        foreach (var (item, expected, field, word) in new[] { (sheet.Policy, parent, Field.Policy, "policy"), (sheet.Chapter, parent.Parent!.Value, Field.Chapter, "chapter") })
        {
            if (item.Code != expected)
            {
                Refuse(Codes.NotExpressible, new Place(sheet, field), Messages.CodeNotOfMeasure, word, item.Code, sheet.Measure.Code);
            }
            else if (OneLineTrimmed(item.Title, new Place(sheet, field)))
            {
                var written = item.Level == PlanLevel.Chapter ? TextLayoutWriter.ChapterLine(item) : TextLayoutWriter.PlanLine(item);
                _ = ItemReadsBack(written, item, new Place(sheet, field));
            }
        }
    }

    /// <summary>Whether a plan line (<c>第5章 …</c>, <c>5-1 …</c>, <c>5-1-1 …</c>) reads back as the item; refused when not.</summary>
    private bool ItemReadsBack(string written, PlanItem item, in Place place)
    {
        var line = new Line(1, written);
        var read = item.Level == PlanLevel.Chapter ? MeasureSheetParser.ReadChapter(written.TrimEnd()) : MeasureSheetParser.ReadItem(written.TrimEnd(), item.Level);
        if (Labels.IsProjectHeader(line))
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsProjectHeader, written);
            return false;
        }

        if (!Equals(read, item))
        {
            Refuse(Codes.NotExpressible, place, Messages.ReadsBackAs, written, read?.ToString() ?? "nothing");
            return false;
        }

        return true;
    }

    private void Items(ValueArray<SheetItem> items, Field field)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var title = new Place(item, Field.ItemTitle, field.Label, i + 1);
            if (item.Number is { } number && number is < 0 or > 9999)
            {
                Refuse(Codes.NotExpressible, new Place(item, Field.ItemNumber, field.Label, i + 1), Messages.NumberOutOfLayout, number);
            }
            else if (item.Number is null && i > 0)
            {
                Refuse(Codes.NotExpressible, new Place(item, Field.ItemNumber, field.Label, i + 1), Messages.UnnumberedAfterFirst);
            }
            else if (item.Title.Length == 0)
            {
                Refuse(Codes.Missing, title, Messages.EmptyTitle);
            }
            else if (LineValue(item.Title, item.ToString(), title))
            {
                var stripped = Labels.StripHeadingMarks(item.ToString());
                var read = Labels.SplitNumber(stripped, out var rest);
                if (read != item.Number)
                {
                    Refuse(Codes.ReadsAsLayout, title, Messages.ReadsAsNumberedEntry, item.Title);
                }
                else if (!rest.SequenceEqual(item.Title))
                {
                    Refuse(Codes.ReadsAsLayout, title, Messages.LosesHeadingMark, item.Title);
                }
            }

            for (var j = 0; j < item.Details.Count; j++)
            {
                Detail(item.Details[j], j + 1, new Place(item, Field.ItemDetails, field.Label, i + 1));
            }
        }
    }

    private void Detail(string detail, int number, in Place place)
    {
        if (detail.Length == 0)
        {
            Refuse(Codes.Missing, place, Messages.EmptyDetail, number);
            return;
        }

        if (!LineValue(detail, detail, place))
        {
            return;
        }

        var stripped = Labels.StripHeadingMarks(detail);
        if (Labels.SplitNumber(stripped, out _) is not null)
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsNumberedEntry, detail);
        }
        else if (!stripped.SequenceEqual(detail))
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.LosesHeadingMark, detail);
        }
    }

    private void Refuse(string code, in Place place, string format, params object?[] args) => _refusals.Refuse(code, place, format, args);
}
