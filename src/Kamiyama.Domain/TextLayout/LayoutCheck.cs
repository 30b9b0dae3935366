using Kamiyama.Domain.Budget;
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
    private static readonly System.Buffers.SearchValues<char> Unwritable = System.Buffers.SearchValues.Create("\0\t\n\r");

    private static readonly HashSet<string> HeaderLabels = [Labels.Department, Labels.Project, Labels.Account, Labels.Measure, Labels.Strategy];

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

    private void Project(ProjectSheet sheet)
    {
        Unrecognized(sheet);
        if (sheet.Department is null)
        {
            Refuse(Codes.Missing, new Place(sheet, Field.Department), Messages.MissingForLayout, "The department (所属)", ReaderDiagnosticCodes.MissingField);
        }
        else
        {
            HeaderCell(sheet.Department.Name, new Place(sheet, Field.Department));
        }

        if (OneLineTrimmed(sheet.Name, new Place(sheet, Field.Name)) && HeaderCell(sheet.Title, new Place(sheet, Field.Name)) && ProjectSheet.SplitName(sheet.Title) != (sheet.Name, sheet.IsCarriedOver))
        {
            Refuse(Codes.ReadsAsLayout, new Place(sheet, Field.Name), Messages.ReadsAsCarriedOver, ProjectSheet.SplitName(sheet.Title).Name);
        }

        Account(sheet);
        LinkedMeasures(sheet);
        if (sheet.Strategy is { } strategy && HeaderCell(strategy.Text, new Place(sheet, Field.Strategy)) && StrategyLink.Parse(strategy.Text) != strategy)
        {
            Refuse(Codes.NotExpressible, new Place(sheet, Field.Strategy), Messages.ReadsBackAs, strategy.Text, StrategyLink.Parse(strategy.Text).Text);
        }

        Paragraphs(sheet.Overview, new Place(sheet, Field.Overview));
        Paragraphs(sheet.Purpose, new Place(sheet, Field.Purpose));
        Indicators(sheet.Goal is null ? [] : [sheet.Goal], IndicatorKind.Qualitative, Labels.GoalRow);
        Indicators(sheet.Activities, IndicatorKind.Activity, Labels.ActivityRow);
        Figures([sheet.Cost.Budget, sheet.Cost.Actual, sheet.Cost.NextBudget], [Field.CostBudget, Field.CostActual, Field.CostNextBudget], Money.ReadThousandYen, sheet);
        Figures([sheet.Staff.Planned, sheet.Staff.Actual, sheet.Staff.NextPlanned], [Field.StaffPlanned, Field.StaffActual, Field.StaffNextPlanned], PersonYears.Read, sheet);
        Paragraphs(sheet.Reason, new Place(sheet, Field.Reason));
        Paragraphs(sheet.FutureActions, new Place(sheet, Field.FutureActions));
    }

    private void Account(ProjectSheet sheet)
    {
        var place = new Place(sheet, Field.Account);
        if (sheet.Account is not { } account)
        {
            Refuse(Codes.Missing, place, Messages.MissingForLayout, "The budget account (予算科目)", ReaderDiagnosticCodes.MissingField);
            return;
        }

        var written = account.ToString();
        if (HeaderCell(written, place))
        {
            var read = BudgetAccount.Read(written);
            if (!read.Success)
            {
                Refuse(Codes.NotExpressible, place, Messages.DoesNotReadBack, written, read.Message);
            }
            else if (read.Value != account)
            {
                Refuse(Codes.NotExpressible, place, Messages.ReadsBackAs, written, read.Value.ToString());
            }
        }
    }

    private void LinkedMeasures(ProjectSheet sheet)
    {
        var place = new Place(sheet, Field.Measures);
        if (sheet.Measures.IsEmpty)
        {
            Refuse(Codes.Missing, place, Messages.MissingForLayout, "A linked measure (施策)", ReaderDiagnosticCodes.MissingField);
            return;
        }

        foreach (var measure in sheet.Measures)
        {
            if (measure.Level != PlanLevel.Measure)
            {
                Refuse(Codes.NotExpressible, place, Messages.NotMeasureCode, measure.Code, measure.Level);
                return;
            }

            if (!OneLineTrimmed(measure.Title, place))
            {
                return;
            }

            var split = ProjectSheetParser.SplitMeasures(measure.ToString());
            if (split is not [var only] || only != measure)
            {
                var words = string.Join(' ', measure.Title.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
                Refuse(
                    words == measure.Title ? Codes.ReadsAsLayout : Codes.Spacing,
                    place,
                    words == measure.Title ? Messages.ReadsAsOtherMeasures : Messages.MeasureTitleSpacing,
                    words == measure.Title ? measure.ToString() : measure.Title,
                    split is null ? "nothing" : string.Join(", ", split.Select(m => $"'{m}'")));
                return;
            }
        }
    }

    private void Figures<T>(Figure<T>[] figures, Field[] fields, Func<string, ParseResult<T>> read, ProjectSheet sheet)
        where T : struct, IEquatable<T>, IFormattable
    {
        for (var i = 0; i < figures.Length; i++)
        {
            var written = TextLayoutWriter.FigureText(figures[i]);
            var place = new Place(sheet, fields[i]);
            if (!OneLineTrimmed(written, place))
            {
                continue;
            }

            var back = TableParser.ReadFigureText(written, read);
            if (!back.Success)
            {
                Refuse(Codes.NotExpressible, place, Messages.DoesNotReadBack, written, back.Message);
            }
            else if (!back.Value.Equals(figures[i]))
            {
                Refuse(Codes.NotExpressible, place, Messages.ReadsBackAs, written, back.Value.ToString());
            }
        }
    }

    private void Indicators(IReadOnlyList<Indicator> indicators, IndicatorKind kind, string row)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (indicator.Kind != kind)
            {
                Refuse(Codes.NotExpressible, new Place(indicator, Field.Kind, row), Messages.KindNotOfRow, indicator.Kind, row, kind);
            }

            if (indicator.Direction != IndicatorDirection.HigherIsBetter)
            {
                Refuse(Codes.NotExpressible, new Place(indicator, Field.Direction, row), Messages.NoDirection);
            }

            var name = new Place(indicator, Field.Name, row);
            if (indicator.Name.Length == 0 && indicator.Target is IndicatorValue.Blank && indicator.Actual is IndicatorValue.Blank && indicator.NextTarget is IndicatorValue.Blank)
            {
                Refuse(Codes.Missing, name, Messages.EmptyIndicator);
                continue;
            }

            if (OneLineTrimmed(indicator.Name, name) && i > 0 && Labels.RowLabel(indicator.Name) is Labels.CostRow or Labels.StaffRow)
            {
                Refuse(Codes.ReadsAsLayout, name, Messages.ReadsAsCostOrStaffRow, indicator.Name, Labels.RowLabel(indicator.Name));
            }

            Cell(indicator.Target, kind, new Place(indicator, Field.Target, row));
            Cell(indicator.Actual, kind, new Place(indicator, Field.Actual, row));
            Cell(indicator.NextTarget, kind, new Place(indicator, Field.NextTarget, row));
        }
    }

    private void Cell(IndicatorValue value, IndicatorKind kind, in Place place)
    {
        var written = TextLayoutWriter.Cell(value);
        if (!OneLineTrimmed(written, place))
        {
            return;
        }

        if (kind == IndicatorKind.Qualitative)
        {
            if (value is IndicatorValue.Statement { Text.Length: 0 })
            {
                Refuse(Codes.Missing, place, Messages.EmptyStatement);
            }
            else if (value is not (IndicatorValue.Statement or IndicatorValue.Blank))
            {
                Refuse(Codes.NotExpressible, place, Messages.NotAStatement, written, value is IndicatorValue.Quantity ? "a quantity" : "a not-applicable mark");
            }

            return;
        }

        var back = IndicatorValue.Read(written);
        if (!back.Success)
        {
            Refuse(Codes.NotExpressible, place, Messages.DoesNotReadBack, written, back.Message);
        }
        else if (back.Value != value)
        {
            Refuse(Codes.NotExpressible, place, Messages.ReadsBackAs, written, Describe(back.Value));
        }
    }

    private static string Describe(IndicatorValue value) => value switch
    {
        IndicatorValue.Blank => "a blank cell",
        IndicatorValue.Statement statement => $"the statement '{statement.Text}'",
        IndicatorValue.Quantity => $"the quantity '{value}'",
        _ => $"the not-applicable mark '{value}'",
    };

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

    /// <summary>A value written on a line of its own, or as part of <paramref name="written"/>; false when refused.</summary>
    private bool LineValue(string value, string written, in Place place) =>
        OneLineTrimmed(value, place) && Structure(new Line(1, written), written, place);

    /// <summary>A cell of the 事業 sheet's header rows; false when refused.</summary>
    private bool HeaderCell(string value, in Place place)
    {
        if (!OneLineTrimmed(value, place))
        {
            return false;
        }

        if (HeaderLabels.Contains(value))
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeaderLabel, value);
            return false;
        }

        return true;
    }

    /// <summary>Whether the reader takes the line for what the writer means (a paragraph): not a heading, not a sheet's start.</summary>
    private bool Structure(Line line, string text, in Place place, int number = 0)
    {
        if (line.Heading.Label != Label.None)
        {
            if (number == 0)
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeading, text, HeadingName(line.Heading.Label));
            }
            else
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeadingInLine, number, text, HeadingName(line.Heading.Label));
            }

            return false;
        }

        if (Labels.IsProjectHeader(line))
        {
            if (number == 0)
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsProjectHeader, text);
            }
            else
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsProjectHeaderInLine, number, text);
            }

            return false;
        }

        return true;
    }

    private static string HeadingName(Label label) => label switch
    {
        Label.Department => "所属 (the start of a 施策 sheet)",
        Label.Plan => Labels.Plan,
        Label.Measure => Labels.Measure,
        Label.Strategy => Labels.Strategy,
        Label.Purpose => Labels.Purpose,
        Label.Goals => Labels.Goals,
        Label.Results => Labels.Results,
        Label.Reason => Labels.Reason,
        Label.FutureActions => Labels.FutureActions,
        _ => Labels.Overview,
    };

    /// <summary>Paragraphs separated by LF (理由, 今後の取組, 事業概要, 目的): each a line of the layout.</summary>
    private void Paragraphs(string text, in Place place)
    {
        if (text.Length == 0)
        {
            return;
        }

        var start = 0;
        for (var number = 1; ; number++)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (!Paragraph(text, start, length, number, place) || end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    private bool Paragraph(string text, int start, int length, int number, in Place place)
    {
        var span = text.AsSpan(start, length);
        if (span.IsEmpty)
        {
            Refuse(Codes.LineBreak, place, Messages.EmptyParagraph, number);
            return false;
        }

        if (!Characters(span, start, place, lineBreaks: false))
        {
            return false;
        }

        if (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1]))
        {
            Refuse(Codes.Spacing, place, Messages.EdgeSpaceInLine, number, span.ToString());
            return false;
        }

        return Structure(new Line(number, text, start, length), span.ToString(), place, number);
    }

    /// <summary>A one-line value: no line break, tab, NUL or lone surrogate, and nothing the reader trims.</summary>
    private bool OneLineTrimmed(string value, in Place place)
    {
        if (!OneLine(value, place))
        {
            return false;
        }

        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            Refuse(Codes.Spacing, place, Messages.EdgeSpace, value);
            return false;
        }

        return true;
    }

    private bool OneLine(string value, in Place place) => Characters(value, 0, place, lineBreaks: true);

    /// <summary>Refuses the first character the layout cannot hold; <paramref name="offset"/> is where the span starts in its value.</summary>
    private bool Characters(ReadOnlySpan<char> text, int offset, in Place place, bool lineBreaks)
    {
        // Nearly every value has none of them: one vectorised search, and a character walk only when it finds one.
        var first = Math.Min((uint)text.IndexOfAny(Unwritable), (uint)text.IndexOfAnyInRange('\uD800', '\uDFFF'));
        if (first == uint.MaxValue)
        {
            return true;
        }

        for (var i = (int)first; i < text.Length; i++)
        {
            var c = text[i];
            var at = offset + i + 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var refusal = c switch
            {
                _ when char.IsSurrogate(c) => (Codes.InvalidCharacter, Messages.Format(Messages.LoneSurrogate, at, (int)c)),
                '\0' => (Codes.InvalidCharacter, Messages.Format(Messages.NulInLayout, at)),
                '\t' => (Codes.Tab, Messages.Format(Messages.TabInLayout, at)),
                '\r' => (Codes.LineBreak, Messages.Format(Messages.CarriageReturn, at)),
                '\n' when lineBreaks => (Codes.LineBreak, Messages.Format(Messages.LineBreakInLine, at)),
                _ => default((string, string)?),
            };
            if (refusal is var (code, detail))
            {
                Refuse(code, place, "{0}", detail);
                return false;
            }
        }

        return true;
    }

    private void Refuse(string code, in Place place, string format, params object?[] args) => _refusals.Refuse(code, place, format, args);
}
