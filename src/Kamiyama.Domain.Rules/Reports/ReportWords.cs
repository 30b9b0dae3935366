using System.Globalization;
using Humanizer;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The words of the reports people read (Markdown, HTML), in each <see cref="ReportLanguage"/>: one place, so the two
/// formats say the same things the same way. Numbers are formatted invariantly in every language.
/// </summary>
internal sealed record ReportWords
{
    public static ReportWords For(ReportLanguage language) => language == ReportLanguage.English ? English : Japanese;

    public static ReportWords Japanese { get; } = new()
    {
        LanguageTag = "ja",
        TitleFormat = "{0} 施策・事業評価の点検結果",
        UnknownYear = "年度不明",
        CheckedFormat = "施策 {0} 件・事業 {1} 件を {2} の規則で点検しました。",
        Count = "件数",
        Errors = "エラー",
        Warnings = "警告",
        Notes = "情報",
        RuleFailures = "規則の失敗",
        Suppressed = "抑制された指摘",
        Shortfall = "目標に届かなかった指標のある施策",
        Unspent = "予算の執行率が80%未満の事業",
        Department = "所属",
        Project = "事業",
        Goal = "目標",
        Indicator = "指標",
        Target = "目標",
        Actual = "実績",
        Achievement = "達成率",
        NextTarget = "次年度目標",
        Cost = "事業費",
        Budget = "予算",
        Execution = "執行率",
        NextBudget = "次年度予算",
        Amount = "金額",
        Blank = "（空欄）",
        Unlinked = "施策に結び付かない事業",
        WholeDocument = "文書全体の指摘",
        Diagnostics = "読み込みと設定の診断",
        Findings = "指摘",
        Contents = "目次",
        Achieved = "達成",
        NotAchieved = "未達成",
        ChartAchievement = "指標ごとの達成率（100%が目標）",
        ChartBudget = "事業ごとの予算の執行率（実績 / 予算、千円）",
        ChartFindings = "シートごとの指摘の件数",
        NoIndicators = "達成率を計算できる指標はありません。",
        NoCosts = "予算と実績のある事業はありません。",
        NoFindings = "指摘はありません。",
        ShowTable = "表で見る",
        FindingsOfFormat = "{0}: エラー {1} 件、警告 {2} 件、情報 {3} 件",
        AchievementOfFormat = "{0}: 達成率 {1}（{2}）",
        BudgetOfFormat = "{0}: 予算 {1}、実績 {2}、執行率 {3}",
        Generator = "Kamiyama.Domain による点検",
    };

    public static ReportWords English { get; } = new()
    {
        LanguageTag = "en",
        TitleFormat = "{0} plan evaluation: check results",
        UnknownYear = "Fiscal year unknown",
        CheckedFormat = "Checked {0} and {1} with {2}.",
        Count = "Count",
        Errors = "Errors",
        Warnings = "Warnings",
        Notes = "Notes",
        RuleFailures = "Rule failures",
        Suppressed = "Suppressed findings",
        Shortfall = "Measures with an indicator short of its target",
        Unspent = "Projects that spent under 80% of their budget",
        Department = "Department",
        Project = "Project",
        Goal = "Goal",
        Indicator = "Indicator",
        Target = "Target",
        Actual = "Actual",
        Achievement = "Achievement",
        NextTarget = "Next target",
        Cost = "Project cost",
        Budget = "Budget",
        Execution = "Execution",
        NextBudget = "Next budget",
        Amount = "Amount",
        Blank = "(blank)",
        Unlinked = "Projects not linked to a measure",
        WholeDocument = "Findings about the whole document",
        Diagnostics = "Reading and configuration diagnostics",
        Findings = "Findings",
        Contents = "Contents",
        Achieved = "achieved",
        NotAchieved = "not achieved",
        ChartAchievement = "Achievement per indicator (100% is the target)",
        ChartBudget = "Budget execution per project (actual / budget, thousand yen)",
        ChartFindings = "Findings per sheet",
        NoIndicators = "No indicator has an achievement rate.",
        NoCosts = "No project has both a budget and an actual cost.",
        NoFindings = "No findings.",
        ShowTable = "Show as a table",
        FindingsOfFormat = "{0}: {1} errors, {2} warnings, {3} notes",
        AchievementOfFormat = "{0}: achievement {1} ({2})",
        BudgetOfFormat = "{0}: budget {1}, actual {2}, execution {3}",
        Generator = "Checked with Kamiyama.Domain",
    };

    public required string LanguageTag { get; init; }

    public required string TitleFormat { get; init; }

    public required string UnknownYear { get; init; }

    public required string CheckedFormat { get; init; }

    public required string Count { get; init; }

    public required string Errors { get; init; }

    public required string Warnings { get; init; }

    public required string Notes { get; init; }

    public required string RuleFailures { get; init; }

    public required string Suppressed { get; init; }

    public required string Shortfall { get; init; }

    public required string Unspent { get; init; }

    public required string Department { get; init; }

    public required string Project { get; init; }

    public required string Goal { get; init; }

    public required string Indicator { get; init; }

    public required string Target { get; init; }

    public required string Actual { get; init; }

    public required string Achievement { get; init; }

    public required string NextTarget { get; init; }

    public required string Cost { get; init; }

    public required string Budget { get; init; }

    public required string Execution { get; init; }

    public required string NextBudget { get; init; }

    public required string Amount { get; init; }

    public required string Blank { get; init; }

    public required string Unlinked { get; init; }

    public required string WholeDocument { get; init; }

    public required string Diagnostics { get; init; }

    public required string Findings { get; init; }

    public required string Contents { get; init; }

    public required string Achieved { get; init; }

    public required string NotAchieved { get; init; }

    public required string ChartAchievement { get; init; }

    public required string ChartBudget { get; init; }

    public required string ChartFindings { get; init; }

    public required string NoIndicators { get; init; }

    public required string NoCosts { get; init; }

    public required string NoFindings { get; init; }

    public required string ShowTable { get; init; }

    public required string FindingsOfFormat { get; init; }

    public required string AchievementOfFormat { get; init; }

    public required string BudgetOfFormat { get; init; }

    public required string Generator { get; init; }

    /// <summary>The fiscal year as the language names it: 令和4年度; FY2022 (令和4年度).</summary>
    public string Year(FiscalYear? year) => year is not { } y
        ? UnknownYear
        : LanguageTag == "ja" ? y.ToString() : string.Create(CultureInfo.InvariantCulture, $"FY{y.StartYear} ({y})");

    public string Title(FiscalYear? year) => Format(TitleFormat, Year(year));

    /// <summary>What was checked: 施策 6 件・事業 9 件を 9 の規則で点検しました。; Checked 6 measures and 1 project with 9 rules.</summary>
    public string Checked(int measures, int projects, int rules) => LanguageTag == "ja"
        ? Format(CheckedFormat, measures, projects, rules)
        : Format(CheckedFormat, "measure".ToQuantity(measures), "project".ToQuantity(projects), "rule".ToQuantity(rules));

    public string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => LanguageTag == "ja" ? "エラー" : "error",
        DiagnosticSeverity.Warning => LanguageTag == "ja" ? "警告" : "warning",
        _ => LanguageTag == "ja" ? "情報" : "note",
    };

    public static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
