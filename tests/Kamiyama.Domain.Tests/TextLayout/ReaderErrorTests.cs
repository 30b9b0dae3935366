using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.TextLayout;

public class ReaderErrorTests
{
    private static readonly string[] SampleLines = Kamiyama.Domain.Samples.BundledSample.ReadText().Split('\n');

    private static ReadResult Read(string text, bool strict = false) =>
        TextSheetSource.FromString(text, "bad.txt").Read(new ReadOptions { Strict = strict });

    private static string Replace(int line, string text)
    {
        var lines = (string[])SampleLines.Clone();
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    private static Diagnostic Single(ReadResult result, string code) => Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void Read_ProjectNamedOnlyTheCarriedOverMark_SkippedWithErrorNotAnException()
    {
        var text = string.Join('\n', SampleLines).Replace("\t地域おこし協力隊推進事業費\t", "\t（繰越）\t", StringComparison.Ordinal);

        var result = Read(text);

        Assert.Contains(result.Diagnostics, d => d.Code == ReaderDiagnosticCodes.MissingField && d.Message.StartsWith("Expected the 事業 name", StringComparison.Ordinal));
        Assert.Equal(14, result.Document.Sheets.Count);
    }

    [Fact]
    public void Read_ValueNotANumber_ErrorAtTheCellAndValueKeptAsText()
    {
        var result = Read(Replace(230, "目標値\t人権擁護委員による市内の啓発・相談回数\t15回\t十七回くらい\t15回"));

        var diagnostic = Single(result, ReaderDiagnosticCodes.InvalidNumber);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new SourcePosition("bad.txt", 230, 29), diagnostic.Position);
        Assert.Equal("bad.txt(230,29): error KRD021: The actual of '人権擁護委員による市内の啓発・相談回数' is not a value: Expected a number with an optional unit (17.0 %, 6回), a not-applicable mark (－, －人, —) or nothing. It is kept as text.", diagnostic.ToString());
        var sheet = result.Document.MeasureSheets.Single(m => m.Code.ToString() == "5-3-1");
        Assert.Equal(new IndicatorValue.Statement("十七回くらい"), sheet.Outcomes[0].Actual);
    }

    [Fact]
    public void Read_SecondNumberWhereTheUnitShouldBe_ErrorNotAnException()
    {
        var result = Read(Replace(295, "目標値\t市の審議機関等における女性委員の割合\t30 6\t23 %\t31 %"));

        var diagnostic = Single(result, ReaderDiagnosticCodes.InvalidNumber);
        Assert.Equal(new SourcePosition("bad.txt", 295, 27), diagnostic.Position);
        Assert.Contains("The target of '市の審議機関等における女性委員の割合' is not a value: A unit cannot start with a digit.", diagnostic.Message, StringComparison.Ordinal);
        var indicator = result.Document.MeasureSheets.SelectMany(m => m.Outcomes).Single(i => i.Name == "市の審議機関等における女性委員の割合");
        Assert.Equal(new IndicatorValue.Statement("30 6"), indicator.Target);
    }

    [Fact]
    public void Read_RowWithTooFewCells_ErrorAndMissingCellsBlank()
    {
        var result = Read(Replace(230, "目標値\t人権擁護委員による市内の啓発・相談回数\t15回"));

        var diagnostic = Single(result, ReaderDiagnosticCodes.ShortRow);
        Assert.Equal(230, diagnostic.Position!.Value.Line);
        Assert.Contains("has 3 cell(s); expected 5", diagnostic.Message, StringComparison.Ordinal);
        var indicator = result.Document.MeasureSheets.Single(m => m.Code.ToString() == "5-3-1").Outcomes[0];
        Assert.Equal(IndicatorValue.Empty, indicator.Actual);
        Assert.Equal(IndicatorValue.Empty, indicator.NextTarget);
    }

    [Fact]
    public void Read_CostNotANumber_ErrorAndRowKeptAsUnrecognized()
    {
        var result = Read(Replace(505, "事業費（千円）\t\t7,392\t約2千\t7,392"));

        var diagnostic = Single(result, ReaderDiagnosticCodes.InvalidNumber);
        Assert.Equal(new SourcePosition("bad.txt", 505, 16), diagnostic.Position);
        var project = result.Document.ProjectSheets.Single(p => p.Name == "移住推進事業費");
        Assert.Equal(Figure<Kamiyama.Domain.Budget.Money>.Blank, project.Cost.Actual);
        Assert.Contains("事業費（千円）\t\t7,392\t約2千\t7,392", project.Unrecognized);
    }

    [Fact]
    public void Read_SheetWithoutMeasureLine_SkippedWithError()
    {
        var result = Read(Replace(209, "人権が尊重される社会の実現"));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == ReaderDiagnosticCodes.MissingField && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("5-1-1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(5, result.Document.MeasureSheets.Count());
        Assert.Null(result.Document.FindMeasureSheet(Kamiyama.Domain.Planning.PlanCode.Parse("5-3-1")));
    }

    [Fact]
    public void Read_MissingDepartment_ErrorAndNull()
    {
        var result = Read(Replace(200, string.Empty));

        var diagnostic = Single(result, ReaderDiagnosticCodes.MissingField);
        Assert.Equal(198, diagnostic.Position!.Value.Line);
        Assert.Null(result.Document.MeasureSheets.Single(m => m.Code.ToString() == "5-3-1").Department);
    }

    [Fact]
    public void Read_UnknownLine_KeptOnTheSheetWithWarning_AndStrictMakesItAnError()
    {
        var text = Replace(5, "市政戦略課\n\n※ 担当：企画係");

        var lenient = Read(text);
        var strict = Read(text, strict: true);

        var warning = Single(lenient, ReaderDiagnosticCodes.Unrecognized);
        Assert.Equal((DiagnosticSeverity.Warning, 7), (warning.Severity, warning.Position!.Value.Line));
        Assert.Equal(["※ 担当：企画係"], lenient.Document.Sheets[0].Unrecognized);
        Assert.False(lenient.HasErrors);
        Assert.True(strict.HasErrors);
        Assert.Equal(DiagnosticSeverity.Error, Single(strict, ReaderDiagnosticCodes.Unrecognized).Severity);
    }

    [Fact]
    public void Read_NoSheets_ErrorAtFirstLine()
    {
        var result = Read("\n\nこれは評価シートではありません。\n");

        Assert.Equal(3, Single(result, ReaderDiagnosticCodes.NoSheets).Position!.Value.Line);
        Assert.Empty(result.Document.Sheets);
        Assert.Null(result.Document.FiscalYear);
    }

    [Fact]
    public void Read_BinaryGarbage_ReportsNotText_AndReadsNoFurther()
    {
        var bytes = new byte[] { 0x00, 0xFF, 0xFE, 0x41, 0x0A, 0xC3, 0x28, 0x0A, 0x00 };

        var result = TextSheetSource.FromBytes(bytes, "garbage.bin").Read();

        // Bytes that are not text would read as pages of mojibake: one kind of diagnostic, nothing parsed.
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal((ReaderDiagnosticCodes.NotText, DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Empty(result.Document.Sheets);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesByteAndLine()
    {
        var good = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', SampleLines));
        var bytes = good.Take(100).Concat(new byte[] { 0xC3, 0x28 }).Concat(good.Skip(100)).ToArray();

        var diagnostic = Single(TextSheetSource.FromBytes(bytes, "x.txt").Read(), ReaderDiagnosticCodes.NotText);

        Assert.Equal("The input is not UTF-8 text: 1 invalid byte sequence(s), the first at byte 100; it is not read further (save it as UTF-8).", diagnostic.Message);
        Assert.Equal(1 + good.Take(100).Count(b => b == (byte)'\n'), diagnostic.Position!.Value.Line);
    }

    [Fact]
    public void Read_FiscalYearHeadersDisagree_Warns()
    {
        var result = Read(Replace(238, "令和5年度 実施計画兼予算要求書（検証）"));

        var diagnostic = Single(result, ReaderDiagnosticCodes.FiscalYear);
        Assert.Equal(238, diagnostic.Position!.Value.Line);
        Assert.Equal("This header names 令和5年度, but the document's fiscal year is 令和4年度 (from line 42).", diagnostic.Message);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Read_AnyLineEndsBomAndTrailingSpaces_GiveTheSameModel(string newline)
    {
        var text = string.Join(newline, SampleLines.Select(l => l.Length > 0 && !l.Contains('\t', StringComparison.Ordinal) ? l + " \u3000" : l));
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        var result = TextSheetSource.FromBytes(bytes, "crlf.txt").Read();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(TextSheetSource.Bundled().Read().Document, result.Document);
    }

    [Fact]
    public void Read_FullWidthDigitsInCells_GiveTheSameValues()
    {
        var result = Read(Replace(505, "事業費（千円）\t\t７，３９２\t２，３１６\t７，３９２"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(TextSheetSource.Bundled().Read().Document, result.Document);
    }
}
