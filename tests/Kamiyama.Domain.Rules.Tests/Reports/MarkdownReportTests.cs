using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>The Markdown a person reads: the summary, each 施策 with its indicators and its 事業, the findings beside them.</summary>
public class MarkdownReportTests
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    [Fact]
    public void Sample_IsSnapshotted_WithEverySheetAndEveryFinding()
    {
        var run = SampleFindingsTests.Run();

        var markdown = MarkdownReport.Write(run, Sample);

        Snapshot.Match(markdown, ReportFiles.Snapshot("ReportTests.SampleMarkdown"));
        Assert.StartsWith("# 令和4年度 施策・事業評価の点検結果\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Sample.MeasureSheets.Count(), markdown.Split('\n').Count(l => l.StartsWith("## 5-", StringComparison.Ordinal)));
        Assert.Equal(Sample.ProjectSheets.Count(), markdown.Split('\n').Count(l => l.StartsWith("### 事業: ", StringComparison.Ordinal)));
        Assert.Equal(run.Findings.Count, markdown.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("**KMY", StringComparison.Ordinal)));
        Assert.Contains("| ❌ エラー | 3 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndicatorBehindItsTarget_IsMarked_AndTheFindingIsUnderItsSheet()
    {
        var markdown = MarkdownReport.Write(SampleFindingsTests.Run(), Sample);
        var lines = markdown.Split('\n');

        // 5-4-1: 海の子山の子交歓会の参加人数, 60人 targeted and 48人 reached (80.0%, short), with its KMY001 finding in that section.
        var section = lines.SkipWhile(l => !l.StartsWith("## 5-4-1", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Contains(section, l => l.StartsWith("| 海の子山の子交歓会の参加人数 | 60人 | 48人 | 80.0% 🔻 |", StringComparison.Ordinal));
        Assert.Contains(section, l => l.StartsWith("- ❌ **KMY001** 「海の子山の子交歓会の参加人数」", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https\\://evil.example)")]
    [InlineData("@kamiyama-city/finance と www.evil.example", "@\u200Bkamiyama-city/finance と www\\.evil.example")]
    [InlineData("**太字**\n## 見出し", "\\*\\*太字\\*\\*\\\\n## 見出し")]
    public void TextFromTheDocument_AddsNoMarkup(string written, string shown) => Assert.Equal(shown, MarkdownReport.Escape(written));
}
