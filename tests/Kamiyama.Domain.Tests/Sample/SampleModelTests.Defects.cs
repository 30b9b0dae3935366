using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sample;

/// <summary>The defects of the sample a rule engine must find, stated with the model's own properties.</summary>
public sealed partial class SampleModelTests
{
    // ── Divergences without a 理由 ──────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void SheetsWithADivergentIndicatorButNoReason_AreExactly_5_3_1_And_5_4_1()
    {
        var found = Doc.Sheets
            .Where(s => !s.HasReason && s.Indicators.Any(i => i.ActualDiffersFromTarget))
            .Select(s => (s.Title, string.Join(" / ", s.Indicators.Where(i => i.ActualDiffersFromTarget).Select(i => i.Name))));

        Assert.Equal(
            [
                ("5-3-1 人権が尊重される社会の実現", "人権擁護委員による市内の啓発・相談回数"),
                ("5-4-1 市民交流の拡充", "海の子山の子交歓会の参加人数 / 日本クアオルト協議会大会市民参加者数"),
            ],
            found);
    }

    [Fact]
    public void MeasureWithoutReason_5_3_1_ActualExceedsTarget()
    {
        var sheet = Measure("5-3-1");
        var indicator = Assert.Single(sheet.Outcomes);

        Assert.False(sheet.HasReason); // line 232
        Assert.True(indicator.ActualDiffersFromTarget);
        Assert.Equal(new AchievementRate(17m / 15m), indicator.AchievementRate);
    }

    [Fact]
    public void MeasureWithoutReason_5_4_1_OneIndicatorFallsShortAndOneExceeds()
    {
        var sheet = Measure("5-4-1");

        Assert.False(sheet.HasReason); // line 357
        Assert.Equal(new AchievementRate(0.8m), sheet.Outcomes[0].AchievementRate); // 48人 of 60人
        Assert.False(sheet.Outcomes[0].AchievementRate!.Value.IsAchieved);
        Assert.Equal(new AchievementRate(1.5m), sheet.Outcomes[2].AchievementRate); // 15人 of 10人
    }

    [Fact]
    public void EveryProjectWithADivergentActivity_GivesAReason()
    {
        var divergent = Doc.ProjectSheets.Where(p => p.Activities.Any(a => a.ActualDiffersFromTarget)).ToList();

        Assert.Equal(["地域おこし協力隊推進事業費", "総務一般管理費", "国際交流推進費", "上山型温泉クアオルト事業費"], divergent.Select(p => p.Title));
        Assert.All(divergent, p => Assert.True(p.HasReason));
    }

    [Fact]
    public void Measure_5_3_2_FallsShort_AndGivesAReason()
    {
        var sheet = Measure("5-3-2");
        var indicator = Assert.Single(sheet.Outcomes);

        Assert.Equal(new AchievementRate(23m / 30m), indicator.AchievementRate);
        Assert.False(indicator.AchievementRate!.Value.IsAchieved);
        Assert.True(sheet.HasReason);
    }

    // ── 理由 that contradict the figures ─────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Measure_5_5_1_ReasonSpeaksOfShortfall_ThoughActualExceedsTarget()
    {
        var sheet = Measure("5-5-1");
        var indicator = Assert.Single(sheet.Outcomes);

        Assert.Equal(IndicatorValue.Of(5m, Unit.Case), indicator.Target);
        Assert.Equal(IndicatorValue.Of(8m, Unit.Case), indicator.Actual);
        Assert.True(indicator.AchievementRate!.Value.IsAchieved);
        Assert.Contains("移住相談者が少ない", sheet.Reason, StringComparison.Ordinal); // line 483
    }

    [Fact]
    public void Project_国際交流推進費_ReasonSpeaksOfDispatch_WhereGoalAndMeasureSpeakOfReception()
    {
        var project = Project("国際交流推進費");

        Assert.Contains("学生訪問団派遣が中止", project.Reason, StringComparison.Ordinal); // line 385
        Assert.Contains("学生訪日団の受入は中止", ((IndicatorValue.Statement)project.Goal!.Actual).Text, StringComparison.Ordinal); // line 377
        Assert.Contains("学生訪問団受け入れについては", Measure("5-4-1").Results[0].Details[0], StringComparison.Ordinal); // line 342
    }

    // ── Next targets below this year's actual ──────────────────────────────────────────────────────────────────

    [Fact]
    public void IndicatorsWhoseNextTargetIsBelowThisYearsActual_AreSix()
    {
        var found = Doc.Sheets.SelectMany(s => s.Indicators.Where(i => i.NextTargetBehindActual).Select(i => $"{s.Title}: {i}"));

        Assert.Equal(
            [
                "5-1-1 多様な担い手が参画するまちづくりの推進: 第7次上山市振興計画の市民浸透度: 17.0% / 18.4% / 18.0%",
                "5-2-1 地域自治活動の育成: 地域間交流地区数: 16地区 / 40地区 / 17地区",
                "5-3-1 人権が尊重される社会の実現: 人権擁護委員による市内の啓発・相談回数: 15回 / 17回 / 15回",
                "5-4-1 市民交流の拡充: 日本クアオルト協議会大会市民参加者数: 10人 / 15人 / 10人",
                "上山型温泉クアオルト事業費: 企業における健康経営支援等としての導入に向けた訪問提案件数: 30件 / 42件 / 30件",
                "5-5-1 移住受け入れ環境の整備: 移住相談からの移住件数: 5件 / 8件 / 5件",
            ],
            found);
    }

    [Fact]
    public void Measure_5_2_1_ReachedTwoAndAHalfTimesItsTarget_ButRaisesNextTargetByOne()
    {
        var indicator = Assert.Single(Measure("5-2-1").Outcomes);

        Assert.Equal(new AchievementRate(2.5m), indicator.AchievementRate);
        Assert.True(indicator.NextTargetBehindActual);
        Assert.Equal(17m, indicator.NextTarget.Number);
    }

    // ── Spending ────────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void ProjectsThatSpentUnder80PercentOfBudget_WithoutReason_AreThree()
    {
        var found = Doc.ProjectSheets
            .Where(p => p.Cost.ExecutionRate < 0.8m && !p.HasReason)
            .Select(p => $"{p.Title} {p.Cost.Actual.Value:K}/{p.Cost.Budget.Value:K}");

        Assert.Equal(["総務一般管理費（繰越） 652/2,550", "海の子山の子交歓会事業費 1,548/2,020", "移住推進事業費 2,316/7,392"], found);
    }

    [Fact]
    public void Project_地域おこし協力隊推進事業費_SpentUnderAFifthOfBudget_AndExplainsIt()
    {
        var project = Project("地域おこし協力隊推進事業費");

        Assert.True(project.Cost.ExecutionRate < 0.2m);
        Assert.Contains("事業費も減", project.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_地域おこし協力隊推進事業費_NextBudgetIsOverSixTimesThisYears()
    {
        var project = Project("地域おこし協力隊推進事業費");

        Assert.Equal(Money.FromThousandYen(980), project.Cost.Budget.Value);
        Assert.Equal(Money.FromThousandYen(6317), project.Cost.NextBudget.Value);
        Assert.True(project.Cost.NextBudget.Value.RatioTo(project.Cost.Budget.Value) > 6m);
    }

    [Fact]
    public void CarriedOverSheet_SpentAQuarter_WithNeitherReasonNorFutureActions()
    {
        var sheet = Project("総務一般管理費（繰越）");

        Assert.True(sheet.Cost.ExecutionRate < 0.26m);
        Assert.False(sheet.HasReason); // line 194
        Assert.Empty(sheet.FutureActions); // line 196
    }

    [Fact]
    public void OnlyTheCarriedOverSheet_LacksFutureActions() =>
        Assert.Equal(["総務一般管理費（繰越）"], Doc.Sheets.Where(s => s.FutureActions.Length == 0).Select(s => s.Title));

    // ── Inconsistent wording ───────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Project_移住推進事業費_StrategyTextDiffersFromItsMeasures_ThoughNumberAndProjectAgree()
    {
        var (project, measure) = (Project("移住推進事業費").Strategy!, Measure("5-5-1").Strategy!);

        Assert.NotEqual(measure, project); // line 492 against line 459
        Assert.Equal(measure.Number, project.Number);
        Assert.Equal(measure.Project, project.Project);
        Assert.Equal("移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進（第2期創生総合戦略）", project.Detail);
    }

    [Fact]
    public void Measure_5_3_2_OnlyPurposeIsNumbered2()
    {
        var purpose = Assert.Single(Measure("5-3-2").Purposes); // line 280

        Assert.Equal(2, purpose.Number);
    }

    [Fact]
    public void Project_人権啓発活動事業費_GoalNameSays人権運動_WhereItsStatesSay人権意識()
    {
        var goal = Project("人権啓発活動事業費").Goal!; // line 252

        Assert.Equal("市民の人権運動が向上している状態", goal.Name);
        Assert.Equal(new IndicatorValue.Statement("市民の人権意識が向上している状態"), goal.Target);
        Assert.Equal(goal.Target, goal.NextTarget);
    }

    [Fact]
    public void Measure_5_3_1_ResultNamesA上市市部会_WhereTheCityIs上山市()
    {
        var detail = Assert.Single(Assert.Single(Measure("5-3-1").Results).Details); // line 227

        Assert.Contains("人権擁護委員上市市部会", detail, StringComparison.Ordinal);
        Assert.Contains("上山支部", Project("人権啓発活動事業費").Overview, StringComparison.Ordinal); // line 245
    }

    [Fact]
    public void Project_上山型温泉クアオルト事業費_OverviewOpensAQuoteItNeverCloses()
    {
        var overview = Project("上山型温泉クアオルト事業費").Overview; // line 423

        Assert.Single(overview, c => c == '“');
        Assert.DoesNotContain('”', overview);
    }
}
