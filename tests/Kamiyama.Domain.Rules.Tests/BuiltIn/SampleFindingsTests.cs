using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.BuiltIn;

/// <summary>
/// The built-in rules on the real sample: each real defect of the document is reported once, at its line. The
/// expectations come from reading the document (line numbers of ../shared/data/kaminoyama-r4-chapter5.txt).
/// </summary>
public class SampleFindingsTests
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    internal static readonly (string Rule, string Path, int Line)[] Expected =
    [
        ("KMY003", "5-1-1/目標値/第7次上山市振興計画の市民浸透度/次年度目標", 43),
        ("KMY003", "5-2-1/目標値/地域間交流地区数/次年度目標", 137),
        ("KMY005", "総務一般管理費/施策", 150),
        ("KMY005", "総務一般管理費（繰越）/施策", 178),
        ("KMY002", "総務一般管理費（繰越）/事業費/実績", 191),
        ("KMY009", "総務一般管理費（繰越）/今後の取組", 196),
        ("KMY001", "5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績", 230),
        ("KMY003", "5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/次年度目標", 230),
        ("KMY001", "5-4-1/目標値/海の子山の子交歓会の参加人数/実績", 353),
        ("KMY001", "5-4-1/目標値/日本クアオルト協議会大会市民参加者数/実績", 355),
        ("KMY003", "5-4-1/目標値/日本クアオルト協議会大会市民参加者数/次年度目標", 355),
        ("KMY002", "海の子山の子交歓会事業費/事業費/実績", 407),
        ("KMY005", "上山型温泉クアオルト事業費/施策", 419),
        ("KMY003", "上山型温泉クアオルト事業費/活動指標/企業における健康経営支援等としての導入に向けた訪問提案件数/次年度目標", 432),
        ("KMY003", "5-5-1/目標値/移住相談からの移住件数/次年度目標", 479),
        ("KMY004", "5-5-1/理由", 483),
        ("KMY002", "移住推進事業費/事業費/実績", 505),
    ];

    internal static RuleRun Run() => RuleSet.FromRules(BuiltInRules.All()).Evaluate(Sample);

    [Fact]
    public void Sample_EachRealDefectIsReportedOnceAtItsLine()
    {
        var run = Run();

        Assert.Equal(Expected, run.Findings.Select(f => (f.RuleId, f.Location.Path, f.Location.Position!.Value.Line)));
        Assert.Empty(run.EngineErrors);
    }

    [Fact]
    public void BuiltInScripts_LoadedThroughTheEngine_GiveTheSameFindings()
    {
        var cache = Directory.CreateTempSubdirectory("kamiyama-builtin-");
        try
        {
            var loaded = Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadBuiltIn(new Kamiyama.Domain.Rules.Compilation.RuleLoadOptions { CacheDirectory = cache.FullName });

            Assert.True(loaded.Success, loaded.ToString());
            Assert.Empty(loaded.Diagnostics);
            using var rules = loaded.RuleSet!;
            var run = rules.Evaluate(Sample);
            Assert.Equal(Expected, run.Findings.Select(f => (f.RuleId, f.Location.Path, f.Location.Position!.Value.Line)));
            Assert.Equal(Run().Findings, run.Findings);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sample_ThreeErrorsAndTheRestWarningsOrInfo()
    {
        var run = Run();

        Assert.True(run.HasErrors);
        Assert.Equal((3, 11, 3), (run.Count(DiagnosticSeverity.Error), run.Count(DiagnosticSeverity.Warning), run.Count(DiagnosticSeverity.Info)));
    }

    [Fact]
    public void KMY001_MessageAndRelatedLocations()
    {
        var finding = Run().Findings.First(f => f.RuleId == "KMY001");

        Assert.Equal("kaminoyama-r4-chapter5.txt(230,29): error KMY001: 「人権擁護委員による市内の啓発・相談回数」の実績 17回 が目標 15回 と異なりますが、理由が書かれていません。", finding.ToString());
        Assert.Equal(
            [("目標", "5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/目標", 230, 25), ("理由", "5-3-1/理由", 232, 1)],
            finding.Related.Select(r => (r.Label, r.Path, r.Position!.Value.Line, r.Position.Value.Column)));
    }

    [Fact]
    public void KMY002_MessageNamesAmountsAndRate()
    {
        var finding = Run().Findings.Single(f => f.RuleId == "KMY002" && f.Location.Path.StartsWith("移住推進", StringComparison.Ordinal));

        Assert.Equal("事業費の実績 2,316千円 は予算 7,392千円 の 31.3% です（許容 ±20.0%）が、理由が書かれていません。", finding.Message);
    }

    [Fact]
    public void KMY004_NamesTheIndicatorThatExceeded()
    {
        var finding = Run().Findings.Single(f => f.RuleId == "KMY004");

        Assert.Equal("理由は目標に届かなかったように書かれています（「少な」）が、「移住相談からの移住件数」（目標 5件、実績 8件） は目標を上回っています。", finding.Message);
        Assert.Equal(479, finding.Related.Single().Position!.Value.Line);
    }

    [Fact]
    public void Configuration_ThresholdSeverityAndSuppression()
    {
        var options = new RuleOptions
        {
            Rules = new Dictionary<string, RuleSettings>
            {
                ["KMY002"] = new() { Parameters = new Dictionary<string, string> { ["threshold"] = "0.5" } },
                ["KMY003"] = new() { Severity = DiagnosticSeverity.Info },
                ["KMY005"] = new() { Enabled = false },
            },
            Suppressions = [new Suppression("KMY001", "5-4-1/*", "交歓会は12年振りの再開で、目標は参考値（令和5年度に理由を追記予定）")],
        };

        var run = RuleSet.FromRules(BuiltInRules.All()).Evaluate(Sample, options);

        Assert.Equal(["総務一般管理費（繰越）/事業費/実績", "移住推進事業費/事業費/実績"], run.Findings.Where(f => f.RuleId == "KMY002").Select(f => f.Location.Path));
        Assert.All(run.Findings.Where(f => f.RuleId == "KMY003"), f => Assert.Equal(DiagnosticSeverity.Info, f.Severity));
        Assert.DoesNotContain(run.Findings, f => f.RuleId == "KMY005");
        Assert.DoesNotContain(run.Rules, r => r.Id == "KMY005");
        Assert.Equal(2, run.Findings.Count(f => f.IsSuppressed));
        Assert.Equal(1, run.Count(DiagnosticSeverity.Error));
    }
}
