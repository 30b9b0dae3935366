using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Values;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.TextLayout;

/// <summary>
/// The misread number cells of issue 12 in a whole published document: a KRD021 error at the line and column of the
/// problem, the cell kept as written, every other cell and sheet read as before.
/// </summary>
public class NumberCellReadingTests
{
    private const int OutcomeLine = 43;
    private const int CostLine = 70;
    private const int StaffLine = 71;
    private const string OutcomeName = "第7次上山市振興計画の市民浸透度";

    private static readonly string[] SampleLines = BundledSample.ReadText().Split('\n');
    private static readonly ReadResult Baseline = Read(string.Join('\n', SampleLines));

    public static TheoryData<string, int, string> Misread => NumberCellTests.Misread;

    public static TheoryData<string, int, string> MisreadNumbers => NumberCellTests.MisreadNumbers;

    private static ReadResult Read(string text) => TextSheetSource.FromString(text, "cells.txt").Read();

    /// <summary>The sample with the actual (4th) cell of a line replaced; returns the text and the cell's 1-based column.</summary>
    private static (string Text, int Column) WithActual(int line, string cell)
    {
        var lines = (string[])SampleLines.Clone();
        var cells = lines[line - 1].Split('\t');
        cells[3] = cell;
        lines[line - 1] = string.Join('\t', cells);
        var column = string.Join('\t', cells.Take(3)).Length + 2;
        return (string.Join('\n', lines), column);
    }

    /// <summary>The one diagnostic the change added; the sample's own diagnostics stay as they were.</summary>
    private static Diagnostic Added(ReadResult result)
    {
        var added = result.Diagnostics.Except(Baseline.Diagnostics).ToList();
        Assert.Equal(Baseline.Diagnostics.Count + 1, result.Diagnostics.Count);
        return Assert.Single(added);
    }

    [Fact]
    public void Sample_CellsUnderTheNewRules_StillReadAsBefore()
    {
        Assert.DoesNotContain(Baseline.Diagnostics, d => d.Code == ReaderDiagnosticCodes.InvalidNumber);
        Assert.Equal(15, Baseline.Document.Sheets.Count);
    }

    [Theory]
    [MemberData(nameof(Misread))]
    public void Read_MisreadQuantity_ErrorAtTheProblemAndTheCellKeptAsText(string cell, int position, string message)
    {
        var (text, column) = WithActual(OutcomeLine, cell);

        var result = Read(text);

        var diagnostic = Added(result);
        Assert.Equal(
            new Diagnostic(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, Messages.Format(Messages.InvalidIndicatorCell, "actual", OutcomeName, message), new SourcePosition("cells.txt", OutcomeLine, column + position), DiagnosticOrigin.Reader),
            diagnostic);
        var indicator = result.Document.MeasureSheets.SelectMany(s => s.Outcomes).Single(i => i.Name == OutcomeName);
        Assert.Equal(new IndicatorValue.Statement(cell), indicator.Actual);
        Assert.Equal(IndicatorValue.Read(SampleLines[OutcomeLine - 1].Split('\t')[2]).Value, indicator.Target);
        Assert.Equal(IndicatorValue.Read(SampleLines[OutcomeLine - 1].Split('\t')[4]).Value, indicator.NextTarget);
        Assert.Equal(Baseline.Document.Sheets.Count, result.Document.Sheets.Count);

        // Kept as written, and not written back as if it were a value: the writer refuses the cell, naming it, because it
        // would read back with the same error.
        var refusal = Assert.Single(TextLayoutWriter.Check(result.Document));
        Assert.Equal((WriterDiagnosticCodes.NotExpressible, $"5-1-1/目標値/{OutcomeName}/実績"), (refusal.Code, refusal.Location.Path));
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MisreadNumbers))]
    public void Read_MisreadCost_ErrorAtTheProblemAndTheRowsOtherCellsRead(string cell, int position, string message)
    {
        var (text, column) = WithActual(CostLine, cell);

        var result = Read(text);

        var diagnostic = Added(result);
        Assert.Equal(ReaderDiagnosticCodes.InvalidNumber, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new SourcePosition("cells.txt", CostLine, column + position), diagnostic.Position);
        Assert.Equal(Messages.Format(Messages.InvalidFigureCell, "actual", Labels.CostRow, message), diagnostic.Message);
        var before = Baseline.Document.ProjectSheets.First();
        var sheet = result.Document.ProjectSheets.First();
        Assert.Equal(before.Cost.Budget, sheet.Cost.Budget);
        Assert.Equal(before.Cost.NextBudget, sheet.Cost.NextBudget);
        Assert.Equal(Figure<Money>.Blank, sheet.Cost.Actual);
        Assert.Equal(before.Staff, sheet.Staff);
    }

    [Theory]
    [MemberData(nameof(MisreadNumbers))]
    public void Read_MisreadStaff_ErrorAtTheProblemAndTheRowsOtherCellsRead(string cell, int position, string message)
    {
        var (text, column) = WithActual(StaffLine, cell);

        var result = Read(text);

        var diagnostic = Added(result);
        Assert.Equal(new SourcePosition("cells.txt", StaffLine, column + position), diagnostic.Position);
        Assert.Equal(Messages.Format(Messages.InvalidFigureCell, "actual", Labels.StaffRow, message), diagnostic.Message);
        var before = Baseline.Document.ProjectSheets.First();
        var sheet = result.Document.ProjectSheets.First();
        Assert.Equal(before.Staff.Planned, sheet.Staff.Planned);
        Assert.Equal(before.Staff.NextPlanned, sheet.Staff.NextPlanned);
        Assert.Equal(Figure<PersonYears>.Blank, sheet.Staff.Actual);
        Assert.Equal(before.Cost, sheet.Cost);
    }

    [Theory]
    [InlineData("12,000", 12_000_000L)]
    [InlineData("１２，０００", 12_000_000L)]
    public void Read_GroupedCost_Reads(string cell, long yen)
    {
        var result = Read(WithActual(CostLine, cell).Text);

        Assert.Equal(Baseline.Diagnostics, result.Diagnostics);
        Assert.Equal(Figure<Money>.Of(new Money(yen)), result.Document.ProjectSheets.First().Cost.Actual);
    }
}
