using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Reads the table of a sheet: <c>区分 | | 令和4年度予算 | 令和4年度実績 | 令和5年度目標</c> and its rows, including
/// continuation rows (an empty first cell) and the shifted rows of a （繰越） sheet (the label in the second cell).
/// </summary>
internal static class TableParser
{
    internal static readonly string[] ColumnNames = ["target", "actual", "next year's target"];
    internal static readonly string[] BudgetColumnNames = ["budget", "actual", "next year's budget"];

    internal static List<TableRow> Parse(IReadOnlyList<Line> rows, ReaderContext context, FiscalYearTracker fiscalYear, List<string> unrecognized)
    {
        var result = new List<TableRow>();
        var inTable = false;
        string? groupLabel = null;
        foreach (var line in rows)
        {
            var cells = line.Cells();
            if (cells[0].Text == Labels.TableHeader)
            {
                inTable = true;
                groupLabel = null;
                for (var i = 2; i < Math.Min(cells.Length, 5); i++)
                {
                    fiscalYear.Observe(cells[i].Text, line.Number, cells[i].Column, offset: i == 4 ? 1 : 0);
                }

                continue;
            }

            if (!inTable)
            {
                Unrecognized(line, context, unrecognized, Messages.UnexpectedTableRow);
                continue;
            }

            if (cells.Length < 5)
            {
                context.Report(ReaderDiagnosticCodes.ShortRow, DiagnosticSeverity.Error, line.Number, line.Length + 1, Messages.ShortRow, cells.Length);
                var padded = new Cell[5];
                cells.CopyTo(padded, 0);
                padded.AsSpan(cells.Length).Fill(new Cell(string.Empty, line.Length + 1));
                cells = padded;
            }
            else if (AnyText(cells.AsSpan(5)))
            {
                context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, cells[5].Column, Messages.ExtraCells, cells.Length);
                unrecognized.Add(line.Content);
            }

            var label = Labels.RowLabel(cells[0].Text);
            var second = Labels.RowLabel(cells[1].Text);
            var shifted = label.Length == 0 && second is Labels.CostRow or Labels.StaffRow;
            var values = new ArraySegment<Cell>(cells, 2, 3);
            TableRow row;
            if (shifted)
            {
                row = new TableRow(line, second, new Cell(string.Empty, cells[1].Column), values, IsContinuation: false);
            }
            else if (label.Length == 0)
            {
                if (groupLabel is null)
                {
                    Unrecognized(line, context, unrecognized, Messages.ContinuationWithoutRow);
                    continue;
                }

                row = new TableRow(line, groupLabel, cells[1], values, IsContinuation: true);
            }
            else
            {
                row = new TableRow(line, label, cells[1], values, IsContinuation: false);
            }

            groupLabel = row.Label is Labels.OutcomeRow or Labels.ActivityRow ? row.Label : null;
            result.Add(row);
        }

        return result;
    }

    /// <summary>Whether any of the cells has text.</summary>
    internal static bool AnyText(ReadOnlySpan<Cell> cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Text.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static void Unrecognized(Line line, ReaderContext context, List<string> unrecognized, string message)
    {
        context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, line.FirstColumn, message, line.Content);
        unrecognized.Add(line.Content);
    }

    internal static void UnknownRow(TableRow row, ReaderContext context, List<string> unrecognized)
    {
        context.Report(ReaderDiagnosticCodes.UnknownRow, DiagnosticSeverity.Warning, row.Line.Number, row.Line.FirstColumn, Messages.UnknownRow, row.Label);
        unrecognized.Add(row.Line.Content);
    }

    /// <summary>A cell of an outcome or activity row: a quantity, a not-applicable mark or blank; anything else is kept as text.</summary>
    internal static IndicatorValue Quantity(TableRow row, int index, ReaderContext context)
    {
        var cell = row.Values[index];
        var result = IndicatorValue.Read(cell.Text);
        if (result.Success)
        {
            return result.Value;
        }

        context.Report(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, row.Line.Number, cell.Column + result.Position, Messages.InvalidIndicatorCell, ColumnNames[index], row.Name.Text, result.Message);
        return new IndicatorValue.Statement(cell.Text);
    }

    /// <summary>A cell of a qualitative 目標 row: its text, or blank.</summary>
    internal static IndicatorValue Statement(TableRow row, int index) =>
        row.Values[index].Text.Length == 0 ? IndicatorValue.Empty : new IndicatorValue.Statement(row.Values[index].Text);

    /// <summary>A cell of the 事業費（千円） row.</summary>
    internal static Figure<Money> Money(TableRow row, int index, ReaderContext context, List<string> unrecognized) =>
        ReadFigure(row, index, context, unrecognized, Budget.Money.ReadThousandYen, Labels.CostRow);

    /// <summary>A cell of the 従事人工 row.</summary>
    internal static Figure<PersonYears> Staff(TableRow row, int index, ReaderContext context, List<string> unrecognized) =>
        ReadFigure(row, index, context, unrecognized, PersonYears.Read, Labels.StaffRow);

    /// <summary>A figure cell's text as the reader reads it: blank, a not-applicable mark, or the value (the writer checks by it).</summary>
    internal static ParseResult<Figure<T>> ReadFigureText<T>(string text, Func<string, ParseResult<T>> read)
        where T : struct, IEquatable<T>
    {
        if (text.Length == 0)
        {
            return ParseResult<Figure<T>>.ForValue(Figure<T>.Blank, text);
        }

        if (text.Length == 1 && IndicatorValue.IsNotApplicableMark(text[0]))
        {
            return ParseResult<Figure<T>>.ForValue(Figure<T>.NotApplicable, text);
        }

        return read(text).Convert(value => (Figure<T>)value);
    }

    private static Figure<T> ReadFigure<T>(TableRow row, int index, ReaderContext context, List<string> unrecognized, Func<string, ParseResult<T>> read, string what)
        where T : struct, IEquatable<T>
    {
        var cell = row.Values[index];
        var result = ReadFigureText(cell.Text, read);
        if (result.Success)
        {
            return result.Value;
        }

        context.Report(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, row.Line.Number, cell.Column + result.Position, Messages.InvalidFigureCell, BudgetColumnNames[index], what, result.Message);
        if (!unrecognized.Contains(row.Line.Content, StringComparer.Ordinal))
        {
            unrecognized.Add(row.Line.Content);
        }

        return Figure<T>.Blank;
    }
}
