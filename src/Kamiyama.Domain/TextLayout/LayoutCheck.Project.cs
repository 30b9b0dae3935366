using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;
using Codes = Kamiyama.Domain.Sources.WriterDiagnosticCodes;

namespace Kamiyama.Domain.TextLayout;

/// <summary>A 事業 sheet's header cells, linked measures, table rows and figures.</summary>
internal sealed partial class LayoutCheck
{
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

            if (!OneLine(measure.Title, place))
            {
                return;
            }
        }

        // Read back as the reader does: each of the two cells trimmed, then split at the measure codes.
        var read = new List<PlanItem>();
        var (first, rest) = TextLayoutWriter.MeasureCells(sheet);
        foreach (var cell in (ReadOnlySpan<string>)[first, rest])
        {
            if (cell.Trim() is { Length: > 0 } trimmed)
            {
                read.AddRange(ProjectSheetParser.SplitMeasures(trimmed) ?? []);
            }
        }

        var at = read.Zip(sheet.Measures).TakeWhile(pair => pair.First == pair.Second).Count();
        if (at == sheet.Measures.Count && read.Count == at)
        {
            return;
        }

        var differs = sheet.Measures[Math.Min(at, sheet.Measures.Count - 1)];
        var title = differs.Title;
        var words = string.Join(' ', title.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        if (title.Length > 0 && (char.IsWhiteSpace(title[0]) || char.IsWhiteSpace(title[^1])) && words.Length > 0 && title.Trim() == words)
        {
            Refuse(Codes.Spacing, place, Messages.EdgeSpace, title);
        }
        else if (words != title)
        {
            Refuse(Codes.Spacing, place, Messages.MeasureTitleSpacing, title);
        }
        else
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsOtherMeasures, differs.ToString(), string.Join(", ", read.Select(m => $"'{m}'")));
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
}
