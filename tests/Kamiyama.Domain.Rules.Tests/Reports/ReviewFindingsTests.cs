using System.Text;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// Problems found in review of the reports (HTML, Markdown, the base folder). Each test fails today and says what is
/// wrong and what the report should do instead. The documents are Documents/small.txt with one line changed.
/// </summary>
public sealed class ReviewFindingsTests : IDisposable
{
    private static readonly string Small = File.ReadAllText(Path.Combine(ReportFiles.SolutionFolder, "tests", "Kamiyama.Domain.Rules.Tests", "Reports", "Documents", "small.txt"));

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-review-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (RuleRun Run, EvaluationDocument Document) Check(string text)
    {
        var read = TextSheetSource.FromBytes(Encoding.UTF8.GetBytes(text), "small.txt").Read();
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return (RuleSet.FromRules(BuiltIn.BuiltInRules.All()).Evaluate(read.Document).WithDiagnostics(read.Diagnostics), read.Document);
    }

    private static string Write(ReportFormat format, RuleRun run, EvaluationDocument? document, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Report.Write(format, run, document, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Replace(string text, string line, string with)
    {
        Assert.Contains(line, text, StringComparison.Ordinal);
        return text.Replace(line, with, StringComparison.Ordinal);
    }

    // HtmlPage.AchievementChart (rows.Max(r => r.Rate.Percent)), HtmlPage.Mark and MarkdownReport.Indicators all go
    // through AchievementRate.Percent (Ratio * 100) and AchievementRate.Compute (numerator / denominator), both unchecked
    // against decimal's range. A document whose 実績 is 10^27 against a target of 0.01 (a typo, or a hostile document)
    // reads without an error, but writing its HTML or Markdown report throws OverflowException: `kamiyama report`
    // crashes and the user gets no report at all. The rules ran; only the report failed. Correct: the report is written,
    // the rate shown as out of range (or "—") and the bar clamped at the chart's right edge, as a rate of 301 % already is.
    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void AnAchievementBeyondDecimalsRange_StillWritesTheReport(ReportFormat format)
    {
        var (run, document) = Check(Replace(Small, "防災メール登録率 | *太字*\t40.0 %\t45.0 %\t42.0 %", "防災メール登録率\t0.01 %\t1000000000000000000000000000 %\t42.0 %"));

        var report = Write(format, run, document);

        Assert.Contains("防災メール登録率", report, StringComparison.Ordinal);
    }

    // HtmlPage.Cut (label.AsSpan(0, 21)) cuts a chart label at 21 UTF-16 code units. A name with a character outside the
    // BMP at that place — 𠮷 (the 吉 of 𠮷野家, common in Japanese names), 𩸽, or an emoji — is cut between its two
    // surrogates: the page then holds a lone high surrogate, which the UTF-8 writer of Report.Write turns into U+FFFD
    // (and a strict UTF-8 writer would throw on). Correct: cut on a text-element (or at least code-point) boundary.
    [Fact]
    public void AChartLabel_IsNeverCutInsideASurrogatePair()
    {
        // The label is "1-1-1 " + the name: 6 + 14 characters, then 𠮷 at code units 20 and 21.
        const string name = "自主防災組織の訓練回数と地区𠮷田地区";
        Assert.Equal(0xD842, name[14]);
        var (run, document) = Check(Replace(Small, "自主防災組織の訓練回数", name));

        var html = HtmlReport.Write(run, document);
        var bytes = Write(ReportFormat.Html, run, document);

        Assert.DoesNotContain(html.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == html.Length || !char.IsLowSurrogate(html[i + 1]))), _ => true);
        Assert.DoesNotContain('\uFFFD', bytes);
    }

    // ReportView.Prepare moves only positions (Location.Position, Related) under the base folder; a diagnostic's message
    // is left as it is. DocumentInputs writes file paths into messages: the fiscal-year conflict ("... but {firstSource}
    // is for ...") and, through Describe(e), an IOException's message. So with --base (and the CLI's default base, the
    // current folder) every format still carries the machine's folder (/home/<user>/...) — exactly what BaseFolder
    // promises to keep out ("so a report names no folder of the machine that wrote it"). Correct: a message names a
    // source as the report names its positions (relative to the base folder), e.g. the reader puts the source in the
    // diagnostic as a typed value and the report makes it relative, or the message names only the position's file.
    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void ABaseFolder_KeepsTheMachinesFoldersOutOfDiagnosticMessagesToo(ReportFormat format)
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "docs"));
        var r4 = Path.Combine(docs.FullName, "a-r4.txt");
        var r5 = Path.Combine(docs.FullName, "b-r5.txt");
        File.WriteAllText(r4, Small);
        File.WriteAllText(r5, Small.Replace("令和5", "令和6", StringComparison.Ordinal).Replace("令和4", "令和5", StringComparison.Ordinal));
        var read = DocumentInputs.Read([r4, r5]);
        Assert.Contains(read.Diagnostics, d => d.Message.Contains(r4, StringComparison.Ordinal));
        var run = new RuleRun([], [], read.Diagnostics);

        var report = Write(format, run, document: null, new ReportOptions { BaseFolder = _folder.FullName });

        Assert.Contains("docs/b-r5.txt", report, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, report, StringComparison.Ordinal);
    }

    // ReportView returned null for a path that was not rooted, so a relative path is kept as it is: relative
    // to the current folder, not to the base folder. The CLI passes the paths as typed (`kamiyama check docs --base
    // docs` reads "docs/chapter5.txt"), so the report says docs/chapter5.txt while the base is docs — and SARIF writes it
    // as uri "docs/chapter5.txt" with uriBaseId SRCROOT (the base), which a viewer resolves to docs/docs/chapter5.txt:
    // every result points at a file that does not exist. A path like ../../tmp/x/a.txt also names folders of the machine.
    // Correct: a relative path is made full against the current folder (Path.GetFullPath) and then relative to the base.
    [Theory]
    [InlineData(ReportFormat.Text, "chapter5.txt(3,4)")]
    [InlineData(ReportFormat.Sarif, "\"uri\": \"chapter5.txt\"")]
    public void ABaseFolder_MakesARelativePathRelativeToTheBase(ReportFormat format, string expected)
    {
        var baseFolder = Path.GetFullPath("docs");
        var finding = new Finding("CITY001", DiagnosticSeverity.Warning, "m", new DiagnosticLocation("5-1-1", new SourcePosition(Path.Combine("docs", "chapter5.txt"), 3, 4)), []);

        var report = Write(format, new RuleRun([], [finding], []), null, new ReportOptions { BaseFolder = baseFolder });

        Assert.Contains(expected, report, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/chapter5.txt", report, StringComparison.Ordinal);
    }

    // MarkdownReport.Escape promises "no link", and backslash-escapes [ ] so no inline link can be made; but GitHub
    // Flavored Markdown (the job summary and the pull-request comment this report is written for) also links bare URLs
    // and www. names (the autolink extension), and turns @name / @org/team into a mention that notifies those people.
    // Text from a document (a 事業 name, a 部署, an indicator, a rule's message quoting them) thus puts a clickable
    // phishing link into the city's CI summary, or pings arbitrary GitHub users and teams from every PR comment.
    // Correct: such text is written so GFM makes neither a link nor a mention (e.g. ':' of a scheme, the '.' after
    // www and '@' as character references, or the text inside a code span).
    [Theory]
    [InlineData("https://evil.example/login")]
    [InlineData("www.evil.example")]
    [InlineData("@kamiyama-city/finance")]
    public void Markdown_DocumentText_MakesNoAutolinkAndNoMention(string hostile)
    {
        var (run, document) = Check(Replace(Small, "防災訓練支援事業費", "防災訓練支援事業費 " + hostile));

        var markdown = MarkdownReport.Write(run, document);

        Assert.Contains("防災訓練支援事業費", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(hostile, markdown, StringComparison.Ordinal);
    }

    // The engine names sheets by unique paths (DocumentSubjects.SheetPaths: a second 事業 with the same title is
    // "防災訓練支援事業費#2"), but EvaluationOutline places sheets and findings by DocumentSubjects.SheetPath, the sheets'
    // own paths, and keeps only the first sheet of a path (placed.Add). So of two 事業 with the same name (the same
    // 事業 under two 施策, a 繰越 sheet named like the original) the second vanishes from the Markdown and HTML reports:
    // its indicators, its 事業費 and its unspent budget are not shown, the 事業 count and the unspent count are one short,
    // and its findings ("…#2/…") fall into 「文書全体」 instead of beside it. A document can thus hide a 事業 that left its
    // budget unspent from the page the council reads. Correct: the outline uses the engine's unique paths, and every
    // sheet of the document appears once.
    [Theory]
    [InlineData(ReportFormat.Markdown, "### 事業: 防災訓練支援事業費\n")]
    [InlineData(ReportFormat.Html, "<article class=\"sheet project")]
    public void TwoProjectsWithTheSameName_AreBothInTheReport(ReportFormat format, string heading)
    {
        var project = Small[Small.IndexOf("令和4年度 実施計画兼予算要求書", StringComparison.Ordinal)..];
        var second = project.Replace("1,000\t420\t1,000", "1,000\t100\t1,000", StringComparison.Ordinal);
        Assert.NotEqual(project, second);
        var (run, document) = Check(Small + "\n" + second);
        Assert.Equal(2, document.ProjectSheets.Count());

        var report = Write(format, run, document);

        Assert.Equal(2, report.Split(heading).Length - 1);
        Assert.Contains("100", report[report.LastIndexOf(heading, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    // EvaluationOutline.SheetOf takes the text before the first '/' of a finding's path as its sheet, but a 事業's path
    // is its title, and titles hold '/' (「広報紙/ウェブ運営事業費」). Every finding about such a 事業 is then "about no
    // sheet" and is listed under 「文書全体」 at the end, not beside the 事業; the findings chart has no bar for it. Correct:
    // a finding is placed by the sheet the engine put it on (the unique sheet path is a prefix ending at a known sheet),
    // not by splitting at the first '/'.
    [Fact]
    public void AProjectWhoseNameHasASlash_HasItsFindingsBesideIt()
    {
        var (run, document) = Check(Replace(Small, "防災訓練支援事業費", "防災/訓練支援事業費"));
        Assert.Contains(run.Findings, f => f.Location.Path.StartsWith("防災/訓練支援事業費/", StringComparison.Ordinal));

        var markdown = MarkdownReport.Write(run, document);

        Assert.DoesNotContain("## 文書全体の指摘", markdown, StringComparison.Ordinal);
    }
}
