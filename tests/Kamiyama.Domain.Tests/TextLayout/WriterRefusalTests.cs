using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Sample;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.TextLayout;

/// <summary>Each hazard of the published layout, with the exact diagnostic the writer refuses it with.</summary>
public sealed class WriterRefusalTests
{
    private static readonly EvaluationDocument Sample = KaminoyamaSample.Build();
    private static readonly MeasureSheet Measure = (MeasureSheet)Sample.Sheets[0];
    private static readonly ProjectSheet Project = (ProjectSheet)Sample.Sheets[1];

    private static EvaluationDocument One(Sheet sheet, FiscalYear? year = null, string? planName = null) =>
        new(year ?? Sample.FiscalYear, [sheet], planName);

    private static Indicator Outcome(string name, IndicatorValue? actual = null, IndicatorDirection direction = IndicatorDirection.HigherIsBetter) =>
        new(name, IndicatorKind.Outcome, IndicatorValue.Of(17m, Unit.Percent), actual ?? IndicatorValue.Of(18m, Unit.Percent), IndicatorValue.Of(19m, Unit.Percent), direction);

    private static EvaluationDocument Case(string name) => name switch
    {
        "reason-future-heading" => One(Measure with { Reason = "乖離の理由\n目標の実現に向けた今後の取組\n残りの理由" }),
        "department-tab" => One(Measure with { Department = new Department("市政\t戦略課") }),
        "reason-nul" => One(Measure with { Reason = "乖離\0あり" }),
        "reason-lone-surrogate" => One(Measure with { Reason = "乖離\uD800あり" }),
        "reason-full-width-space" => One(Measure with { Reason = "　全角で始まる" }),
        "name-trailing-space" => One(Project with { Name = "協力隊 " }),
        "overview-sheet-header" => One(Project with { Overview = "概要\n令和4年度 実施計画兼予算要求書（検証）" }),
        "reason-department-heading" => One(Measure with { Reason = "所属" }),
        "reason-table-row" => One(Measure with { Reason = "区分\t令和4年度" }),
        "reason-empty-paragraph" => One(Measure with { Reason = "一\n\n二" }),
        "reason-carriage-return" => One(Measure with { Reason = "一\r\n二" }),
        "indicator-line-break" => One(Measure with { Outcomes = [Outcome("市民\n浸透度")] }),
        "continuation-cost-row" => One(Project with { Activities = [.. Project.Activities, new Indicator("事業費（千円）", IndicatorKind.Activity, IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Empty, IndicatorValue.Empty)] }),
        "empty-indicator" => One(Measure with { Outcomes = [new Indicator(string.Empty, IndicatorKind.Outcome, IndicatorValue.Empty, IndicatorValue.Empty, IndicatorValue.Empty)] }),
        "no-department" => One(Measure with { Department = null }),
        "direction" => One(Measure with { Outcomes = [Outcome("待機児童数", direction: IndicatorDirection.LowerIsBetter)] }),
        "plan-name" => One(Measure, planName: "第7次上山市振興計画"),
        "no-fiscal-year" => new EvaluationDocument(null, [Measure]),
        "detail-numbered" => One(Measure with { Goals = [new SheetItem(1, "見出し", ["1 番号で始まる説明"])] }),
        "unnumbered-after-first" => One(Measure with { Goals = [.. Measure.Goals, new SheetItem(null, "番号なし")] }),
        "name-carried-over-mark" => One(Project with { Name = "協力隊（繰越）" }),
        "department-header-label" => One(Project with { Department = new Department("事業") }),
        "statement-in-outcome" => One(Measure with { Outcomes = [Outcome("市民浸透度", new IndicatorValue.Statement("17.0%"))] }),
        "linked-measure-code-in-title" => One(Project with { Measures = [new PlanItem(PlanCode.Parse("5-1-1"), "担い手 5-1-2 推進")] }),
        "unrecognized-heading" => One(Measure with { Unrecognized = ["理由"] }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("reason-future-heading", "KRW005", "5-1-1/理由", "Reason", "line 2 '目標の実現に向けた今後の取組' would read as the 目標の実現に向けた今後の取組 heading; the published layout has no way to escape it.")]
    [InlineData("department-tab", "KRW003", "5-1-1/所属", "Department", "character 3 is a tab; in the published layout a tab makes the line a table row and separates its cells, and there is no escape for it.")]
    [InlineData("reason-nul", "KRW001", "5-1-1/理由", "Reason", "character 3 is NUL (U+0000); the reader refuses a file with NUL as not text (KRD001), and the published layout has no escape for it.")]
    [InlineData("reason-lone-surrogate", "KRW001", "5-1-1/理由", "Reason", "character 3 is a lone surrogate (U+D800), which is not Unicode text; no format can hold it.")]
    [InlineData("reason-full-width-space", "KRW004", "5-1-1/理由", "Reason", "line 1 starts or ends with white space ('　全角で始まる'), which the reader trims.")]
    [InlineData("name-trailing-space", "KRW004", "協力隊 /名称", "Name", "the value starts or ends with white space ('協力隊 '), which the reader trims.")]
    [InlineData("overview-sheet-header", "KRW005", "地域おこし協力隊推進事業費/事業概要", "Overview", "line 2 '令和4年度 実施計画兼予算要求書（検証）' would read as the header of a new 事業 sheet (it contains 実施計画兼予算要求書).")]
    [InlineData("reason-department-heading", "KRW005", "5-1-1/理由", "Reason", "line 1 '所属' would read as the 所属 (the start of a 施策 sheet) heading; the published layout has no way to escape it.")]
    [InlineData("reason-table-row", "KRW003", "5-1-1/理由", "Reason", "character 3 is a tab; in the published layout a tab makes the line a table row and separates its cells, and there is no escape for it.")]
    [InlineData("reason-empty-paragraph", "KRW002", "5-1-1/理由", "Reason", "line 2 is empty; blank lines are not read in the published layout, so an empty paragraph cannot be written.")]
    [InlineData("reason-carriage-return", "KRW002", "5-1-1/理由", "Reason", "character 2 is a carriage return, which the reader takes as the end of a line; separate paragraphs with LF only.")]
    [InlineData("indicator-line-break", "KRW002", "5-1-1/目標値/市民\n浸透度/名称", "Name", "character 3 is a line break; this value is one line of the published layout.")]
    [InlineData("continuation-cost-row", "KRW005", "地域おこし協力隊推進事業費/活動指標/事業費（千円）/名称", "Name", "a continuation row named '事業費（千円）' would read as the 事業費（千円） row.")]
    [InlineData("empty-indicator", "KRW006", "5-1-1/目標値//名称", "Name", "an indicator with no name and only blank cells is an empty row, which the reader skips.")]
    [InlineData("no-department", "KRW006", "5-1-1/所属", "Department", "The department (所属) is required by the published layout; the reader reports a sheet without it as an error (KRD011).")]
    [InlineData("direction", "KRW007", "5-1-1/目標値/待機児童数/方向", "Direction", "the published layout has no place for an indicator's direction; lower-is-better would read back as higher-is-better.")]
    [InlineData("plan-name", "KRW007", "/", null, "the published layout has no place for the plan's name ('第7次上山市振興計画'); it would read back as none.")]
    [InlineData("no-fiscal-year", "KRW006", "/", null, "the published layout writes the fiscal year in every sheet's header; a document without one reads as an error (KRD003).")]
    [InlineData("detail-numbered", "KRW005", "5-1-1/目標/1/内容", "Details", "'1 番号で始まる説明' would read as a numbered entry (a number, a space and a title).")]
    [InlineData("unnumbered-after-first", "KRW007", "5-1-1/目標/3/番号", "Number", "an entry without a number after the first would read as a detail of the entry before.")]
    [InlineData("name-carried-over-mark", "KRW005", "協力隊（繰越）/名称", "Name", "the name ends with the carried-over mark and would read as the （繰越） part of '協力隊'.")]
    [InlineData("department-header-label", "KRW005", "地域おこし協力隊推進事業費/所属", "Department", "'事業' would read as the 事業 label of the 事業 sheet's header rows.")]
    [InlineData("statement-in-outcome", "KRW007", "5-1-1/目標値/市民浸透度/実績", "Actual", "the value is written '17.0%', which reads back as the quantity '17.0%'.")]
    [InlineData("linked-measure-code-in-title", "KRW005", "地域おこし協力隊推進事業費/施策", "Measures", "'5-1-1 担い手 5-1-2 推進' would read back as the linked measures '5-1-1 担い手', '5-1-2 推進'.")]
    [InlineData("unrecognized-heading", "KRW005", "5-1-1/未分類", "Unrecognized", "'理由' would read as the 理由 heading; the published layout has no way to escape it.")]
    public void Check_Hazard_RefusesTheFieldWithTheExactDiagnostic(string hazard, string code, string path, string? field, string message)
    {
        var document = Case(hazard);

        var refused = Assert.Single(TextLayoutWriter.Check(document));

        Assert.Equal((code, DiagnosticSeverity.Error, DiagnosticOrigin.Writer, message), (refused.Code, refused.Severity, refused.Origin, refused.Message));
        Assert.Equal(path, refused.Location.Path);
        Assert.Same(field is null ? null : Field.Find(field), refused.Location.Field);
        Assert.Null(refused.Position);
        Assert.Throws<ArgumentException>(() => TextLayoutWriter.Write(document));
    }

    [Theory]
    [InlineData("reason-future-heading")]
    [InlineData("department-tab")]
    [InlineData("reason-nul")]
    [InlineData("reason-lone-surrogate")]
    [InlineData("reason-full-width-space")]
    [InlineData("name-trailing-space")]
    [InlineData("overview-sheet-header")]
    [InlineData("reason-department-heading")]
    [InlineData("reason-table-row")]
    [InlineData("reason-empty-paragraph")]
    [InlineData("reason-carriage-return")]
    [InlineData("indicator-line-break")]
    [InlineData("continuation-cost-row")]
    [InlineData("empty-indicator")]
    [InlineData("no-department")]
    [InlineData("direction")]
    [InlineData("plan-name")]
    [InlineData("no-fiscal-year")]
    [InlineData("detail-numbered")]
    [InlineData("unnumbered-after-first")]
    [InlineData("name-carried-over-mark")]
    [InlineData("department-header-label")]
    [InlineData("statement-in-outcome")]
    [InlineData("linked-measure-code-in-title")]
    [InlineData("unrecognized-heading")]
    public void WriteUnchecked_Hazard_WouldReadBackDifferentOrWithAnError(string hazard)
    {
        var document = Case(hazard);
        using var text = new StringWriter();

        TextLayoutWriter.WriteUnchecked(document, text);
        var read = TextSheetSource.FromString(text.ToString(), "unchecked.txt").Read();

        // The refusal is needed: written anyway, the value does not come back.
        Assert.True(read.HasErrors || !read.Document.Equals(document), hazard);
    }

    [Fact]
    public void Check_DocumentReadFromJson_NamesTheFileSheetAndField()
    {
        var json = EvaluationJson.Serialize(Case("reason-future-heading"));
        var document = JsonSheetSource.FromString(json, "in.json").Read().Document;

        var refused = Assert.Single(TextLayoutWriter.Check(document));

        Assert.Equal("in.json", refused.Position!.Value.File);
        Assert.StartsWith($"in.json({refused.Position.Value.Line},{refused.Position.Value.Column}): error KRW005: 5-1-1/理由: line 2 '目標の実現に向けた今後の取組' would read as", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoSheetsOfOnePath_NumbersTheSecond()
    {
        var bad = Measure with { Department = null };
        var document = new EvaluationDocument(Sample.FiscalYear, [bad, bad]);

        Assert.Equal(["5-1-1/所属", "5-1-1#2/所属"], TextLayoutWriter.Check(document).Select(d => d.Location.Path));
    }

    [Fact]
    public void Check_Sample_RefusesNothing() => Assert.Empty(TextLayoutWriter.Check(Sample));

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("\u0001制御\u001B文字")]
    [InlineData("タブ\t改行\n")]
    public void Json_ControlCharacters_AreKeptAndReadBackEqual(string reason)
    {
        var document = One(Measure with { Reason = reason });

        Assert.Empty(EvaluationJson.Check(document));
        Assert.Equal(document, EvaluationJson.Deserialize(EvaluationJson.Serialize(document)));
    }

    [Fact]
    public void Json_LoneSurrogate_IsRefusedBeforeAnythingIsWritten()
    {
        var document = Case("reason-lone-surrogate");
        using var stream = new MemoryStream();

        var refused = Assert.Single(EvaluationJson.Check(document));

        Assert.Equal((WriterDiagnosticCodes.InvalidCharacter, "5-1-1/理由", "character 3 is a lone surrogate (U+D800), which is not Unicode text; no format can hold it."), (refused.Code, refused.Location.Path, refused.Message));
        Assert.Same(Field.Reason, refused.Location.Field);
        Assert.Throws<ArgumentException>(() => EvaluationJson.Serialize(document));
        Assert.Throws<ArgumentException>(() => EvaluationJson.Serialize(stream, document));
        Assert.Equal(0, stream.Length);
    }
}
