using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// The HTML a council member opens: which 施策 fell short and which 事業 left their budget unspent, at a glance; charts
/// with text alternatives; every finding beside its sheet; nothing from the document or the rules becomes markup.
/// Expectations are read from the sample document (kaminoyama-r4-chapter5.txt), not from the writer.
/// </summary>
public class HtmlReportTests
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    private static readonly Lazy<string> SampleHtml = new(() => HtmlReport.Write(SampleFindingsTests.Run(), Sample));

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Sample_IsSnapshotted() => Snapshot.Match(SampleHtml.Value, ReportFiles.Snapshot("ReportTests.SampleHtml"));

    [Fact]
    public void Summary_NamesTheMeasuresThatFellShort()
    {
        var page = Parse(SampleHtml.Value);

        // Line 295: 5-3-2 市の審議機関等における女性委員の割合 30 % → 23 % (76.7 %); line 353: 5-4-1 海の子山の子交歓会の参加人数
        // 60人 → 48人 (80.0 %). Every other outcome indicator of the sample met its target.
        var items = page.QuerySelectorAll("#shortfall li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("5-3-2 男女共同参画の推進", items[0], StringComparison.Ordinal);
        Assert.EndsWith("▼ 76.7%", items[0], StringComparison.Ordinal);
        Assert.StartsWith("5-4-1 市民交流の拡充", items[1], StringComparison.Ordinal);
        Assert.EndsWith("▼ 80.0%", items[1], StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("section.sheet.measure.short").Length);
    }

    [Fact]
    public void Summary_NamesTheProjectsThatLeftTheirBudgetUnspent()
    {
        var page = Parse(SampleHtml.Value);

        // 事業費 lines of the sample (budget, actual): 980/165, 2,550/652 (繰越), 452/289, 2,020/1,548, 7,392/2,316 are under
        // 80 %; 5,300/5,300, 30,990/29,855, 223/223 and 11,663/10,924 are not.
        var items = page.QuerySelectorAll("#unspent li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            ["地域おこし協力隊推進事業費 16.8%", "総務一般管理費（繰越） 25.6%", "国際交流推進費 63.9%", "海の子山の子交歓会事業費 76.6%", "移住推進事業費 31.3%"],
            items);
        Assert.Equal(5, page.QuerySelectorAll("#chart-budget a[data-unspent=true]").Length);
        Assert.Equal(4, page.QuerySelectorAll("#chart-budget a[data-unspent=false]").Length);
    }

    [Fact]
    public void EveryLinkPointsAtAnElementOfThePage()
    {
        var page = Parse(SampleHtml.Value);

        var targets = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, href =>
        {
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.NotNull(page.GetElementById(href[1..]));
        });
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Charts_HaveTextAlternatives_AndABarPerIndicatorProjectAndSheet()
    {
        var page = Parse(SampleHtml.Value);

        foreach (var id in new[] { "chart-achievement", "chart-budget", "chart-findings" })
        {
            var svg = page.QuerySelector($"#{id} svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(labelledBy, l => Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(l)?.TextContent)));
            Assert.NotNull(page.QuerySelector($"#{id} details table"));
        }

        // The sample's measure sheets have eight numeric outcome indicators, all with a rate; nine projects have a budget
        // and an actual; every sheet with an unsuppressed finding has a bar.
        Assert.Equal(8, page.QuerySelectorAll("#chart-achievement a.bar-row").Length);
        Assert.Equal(2, page.QuerySelectorAll("#chart-achievement a[data-achieved=false]").Length);
        Assert.Equal(9, page.QuerySelectorAll("#chart-budget a.bar-row").Length);
        var sheetsWithFindings = SampleFindingsTests.Run().Findings.Select(f => f.Location.Path.Split('/')[0]).Distinct().Count();
        Assert.Equal(sheetsWithFindings, page.QuerySelectorAll("#chart-findings a.bar-row").Length);
    }

    [Fact]
    public void EveryFinding_IsBesideItsSheet()
    {
        var run = SampleFindingsTests.Run();
        var page = Parse(SampleHtml.Value);

        var items = page.QuerySelectorAll("li.finding").ToList();
        Assert.Equal(run.Findings.Count(f => !f.IsSuppressed), items.Count);
        var kmy001 = items.Where(li => li.QuerySelector("code")?.TextContent == "KMY001").ToList();
        Assert.Equal(3, kmy001.Count);
        Assert.All(kmy001, li => Assert.Contains("error", li.ClassList));

        // The 5-4-1 finding about 海の子山の子交歓会の参加人数 sits in the 5-4-1 section, and its row is highlighted.
        var section = page.QuerySelectorAll("section.sheet.measure").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith("5-4-1", StringComparison.Ordinal));
        Assert.Contains(section.Children.Where(c => c.ClassList.Contains("findings")).SelectMany(u => u.Children), li => li.TextContent.Contains("「海の子山の子交歓会の参加人数」", StringComparison.Ordinal));
        Assert.Contains(section.QuerySelectorAll(":scope > table.indicators tr.flagged"), tr => tr.QuerySelector("th")!.TextContent == "海の子山の子交歓会の参加人数");
    }

    [Fact]
    public void IsSelfContained_AndDeterministic()
    {
        var html = SampleHtml.Value;
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(html, HtmlReport.Write(SampleFindingsTests.Run(), Sample));
    }

    [Fact]
    public void InEnglish_ThePageAndTheRulesSpeakEnglish()
    {
        var page = Parse(HtmlReport.Write(SampleFindingsTests.Run(), Sample, new ReportOptions { Language = ReportLanguage.English }));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("FY2022 (令和4年度) plan evaluation: check results", page.Title);
        Assert.Contains(page.QuerySelectorAll("li.finding"), li => li.TextContent.Contains("The actual 48人 of \"海の子山の子交歓会の参加人数\" differs from its target 60人", StringComparison.Ordinal));
        Assert.StartsWith("▼ Measures with an indicator short of its target: 2", page.QuerySelector("#shortfall h3")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("' onmouseover='alert(1)")]
    [InlineData("</title><script>x</script>")]
    [InlineData("]]><svg onload=alert(1)>")]
    public void TextFromTheDocumentAndTheRules_AddsNoMarkup(string hostile)
    {
        var document = new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Select(s => s switch
        {
            Sheets.ProjectSheet p => p with { Name = p.Name + hostile, Activities = [.. p.Activities.Select(i => i with { Name = hostile })] },
            Sheets.MeasureSheet m => m with { Outcomes = [.. m.Outcomes.Select(i => i with { Name = i.Name + hostile })] },
            _ => s,
        }));
        var finding = new Finding("ZZZ001", DiagnosticSeverity.Error, hostile, new DiagnosticLocation(hostile, new Domain.Sources.SourcePosition(hostile, 1, 1)), []);
        var run = new RuleRun([], [finding], [new Diagnostic("KRD001", DiagnosticSeverity.Warning, hostile, new DiagnosticLocation(hostile, null), DiagnosticOrigin.Reader)]);

        var page = Parse(HtmlReport.Write(run, document));

        Assert.Empty(page.QuerySelectorAll("script, img, [onerror], [onload], [onmouseover]"));
        Assert.Empty(page.QuerySelectorAll("svg svg"));
        Assert.Contains(page.QuerySelectorAll("li.finding"), li => li.TextContent.Contains(hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutADocument_TheDiagnosticsAreShown()
    {
        var diagnostic = new Diagnostic("KRD011", DiagnosticSeverity.Error, "期待した欄がありません", new Domain.Sources.SourcePosition("city.txt", 12, 3), DiagnosticOrigin.Reader);

        var page = Parse(HtmlReport.Write(new RuleRun([], [], [diagnostic]), document: null));

        Assert.Equal("年度不明 施策・事業評価の点検結果", page.Title);
        Assert.Equal("1", page.QuerySelector(".count.error .number")!.TextContent);
        var item = page.QuerySelector("#diagnostics li.finding.error")!;
        Assert.Contains("city.txt(12,3)", item.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#charts"));
    }
}
