using System.Text;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.TextLayout;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// Every format of a small hand-made document (Documents/small.txt: one 施策, one 事業), snapshotted, in Japanese and
/// in English. The document is read from its file under a base folder, as a user's own snapshot test would, so the
/// snapshots name it <c>Documents/small.txt</c> on every machine. Its defects, read from the file: 訓練回数 10 → 6 and
/// 登録率 40.0 % → 45.0 % with no 理由 (KMY001, and 登録率's next target 42.0 % behind 45.0 %: KMY003), 訓練の支援回数
/// 10 → 6 (KMY001), 事業費 420 of 1,000 千円 with no 理由 (KMY002).
/// </summary>
public class SmallDocumentSnapshotTests
{
    private static readonly string Folder = Path.Combine(ReportFiles.SolutionFolder, "tests", "Kamiyama.Domain.Rules.Tests", "Reports");

    private static readonly Lazy<(RuleRun Run, EvaluationDocument Document)> Checked = new(() =>
    {
        var read = TextSheetSource.FromFile(Path.Combine(Folder, "Documents", "small.txt")).Read();
        Assert.Empty(read.Diagnostics);
        return (RuleSet.FromRules(BuiltIn.BuiltInRules.All()).Evaluate(read.Document), read.Document);
    });

    public static TheoryData<ReportFormat, ReportLanguage> Cases => new()
    {
        { ReportFormat.Text, ReportLanguage.Japanese },
        { ReportFormat.Json, ReportLanguage.Japanese },
        { ReportFormat.Sarif, ReportLanguage.Japanese },
        { ReportFormat.JUnit, ReportLanguage.Japanese },
        { ReportFormat.Markdown, ReportLanguage.Japanese },
        { ReportFormat.Html, ReportLanguage.Japanese },
        { ReportFormat.Markdown, ReportLanguage.English },
        { ReportFormat.Html, ReportLanguage.English },
        { ReportFormat.Sarif, ReportLanguage.English },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryFormat_IsSnapshotted(ReportFormat format, ReportLanguage language)
    {
        var (run, document) = Checked.Value;
        using var stream = new MemoryStream();

        Report.Write(format, run, document, stream, new ReportOptions { Language = language, BaseFolder = Folder });

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Snapshot.Match(text, ReportFiles.Snapshot($"SmallDocument.{format}.{(language == ReportLanguage.English ? "en" : "ja")}"));
        Assert.DoesNotContain(ReportFiles.SolutionFolder, text, StringComparison.Ordinal);
        Assert.Contains("Documents/small.txt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentsDefects_AreTheFindings()
    {
        var (run, _) = Checked.Value;

        Assert.Equal(
            [("KMY001", 33), ("KMY001", 34), ("KMY003", 34), ("KMY001", 58), ("KMY002", 59)],
            run.Findings.Select(f => (f.RuleId, f.Location.Position!.Value.Line)));
    }
}
