using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sample;

/// <summary>
/// What the 上山市 令和4年度 第5章 sample holds, stated with the model's own properties over the hand-written
/// <see cref="KaminoyamaSample"/>; the defects a rule engine must find are in SampleModelTests.Defects.cs. Line
/// numbers are lines of the sample.
/// </summary>
public sealed partial class SampleModelTests
{
    private static readonly EvaluationDocument Doc = KaminoyamaSample.Build();

    // ── The document ────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Document_IsFiscalYear2022_WithFifteenSheetsInDocumentOrder()
    {
        Assert.Equal(new FiscalYear(2022), Doc.FiscalYear);
        Assert.Equal(
            [
                "5-1-1 多様な担い手が参画するまちづくりの推進", "地域おこし協力隊推進事業費", "まちづくり推進事業費",
                "5-2-1 地域自治活動の育成", "総務一般管理費", "総務一般管理費（繰越）",
                "5-3-1 人権が尊重される社会の実現", "人権啓発活動事業費",
                "5-3-2 男女共同参画の推進",
                "5-4-1 市民交流の拡充", "国際交流推進費", "海の子山の子交歓会事業費", "上山型温泉クアオルト事業費",
                "5-5-1 移住受け入れ環境の整備", "移住推進事業費",
            ],
            Doc.Sheets.Select(s => s.Title));
    }

    [Fact]
    public void Document_HasSixMeasureSheets_AndNineProjectSheets()
    {
        // The project form title (実施計画兼予算要求書（検証）) occurs nine times: lines 54, 81, 147, 175, 238, 363, 391, 416, 489.
        Assert.Equal(6, Doc.MeasureSheets.Count());
        Assert.Equal(9, Doc.ProjectSheets.Count());
        Assert.Single(Doc.ProjectSheets, p => p.IsCarriedOver);
    }

    [Fact]
    public void Build_Twice_GivesEqualDocumentsWithEqualHashCodes()
    {
        var again = KaminoyamaSample.Build();

        Assert.NotSame(Doc, again);
        Assert.Equal(Doc, again);
        Assert.Equal(Doc.GetHashCode(), again.GetHashCode());
        Assert.Equal(Doc.Plan, again.Plan);
    }

    [Fact]
    public void Build_WithOneActualChanged_IsNotEqual()
    {
        var sheet = Measure("5-1-1");
        var first = sheet.Outcomes[0];
        var changed = sheet with
        {
            Outcomes = [new Indicator(first.Name, first.Kind, first.Target, IndicatorValue.Of(18.5m, Unit.Percent), first.NextTarget), sheet.Outcomes[1]],
        };

        Assert.NotEqual(Doc, Replace(sheet, changed));
    }

    [Fact]
    public void Build_WithOneReasonWritten_IsNotEqual()
    {
        var sheet = Measure("5-3-1");

        Assert.NotEqual(Doc, Replace(sheet, sheet with { Reason = "啓発の機会が増えたため。" }));
    }

    [Fact]
    public void Build_WithOneCostChanged_IsNotEqual()
    {
        var sheet = Project("移住推進事業費");

        Assert.NotEqual(Doc, Replace(sheet, sheet with { Cost = sheet.Cost with { Actual = Money.FromThousandYen(2317) } }));
    }

    [Fact]
    public void Document_ForAnotherFiscalYear_IsNotEqual() =>
        Assert.NotEqual(Doc, new EvaluationDocument(new FiscalYear(2023), Doc.Sheets));

    [Fact]
    public void Quantity_KeepsTheScaleWrittenInTheDocument()
    {
        var sheet = Measure("5-1-1");

        Assert.Equal(1, sheet.Outcomes[0].Target.Number!.Value.Scale);
        Assert.Equal("17.0%", sheet.Outcomes[0].Target.ToString());
        Assert.Equal("18.0%", sheet.Outcomes[0].NextTarget.ToString());
        Assert.Equal("17団体", sheet.Outcomes[1].Target.ToString());
    }

    [Fact]
    public void Quantity_EqualityIgnoresScale_So17_0Equals17()
    {
        // A reader that dropped the scale would still produce an equal document; only Number.Scale tells them apart.
        Assert.Equal(IndicatorValue.Of(17m, Unit.Percent), Measure("5-1-1").Outcomes[0].Target);
    }

    // ── The plan ────────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Plan_HasChapter5_WithPolicies5_1To5_5()
    {
        var chapter = Assert.Single(Doc.Plan.Chapters);

        Assert.Equal(new PlanItem(new PlanCode(5), "つながる『みんなで創る住みよいまち』"), chapter.Item);
        Assert.Equal("第5章 つながる『みんなで創る住みよいまち』", chapter.ToString());
        Assert.Equal(
            [
                "5-1 みんなが主役のまちづくりを推進します",
                "5-2 地域の自治活動を活性化します",
                "5-3 支え尊重し合う地域社会を実現します",
                "5-4 国内外交流を推進します",
                "5-5 ふるさと回帰・移住交流を進めます",
            ],
            chapter.Policies.Select(p => p.ToString()));
    }

    [Fact]
    public void Plan_HasTheSixMeasuresOfTheDocument_InCodeOrder()
    {
        Assert.Equal(["5-1-1", "5-2-1", "5-3-1", "5-3-2", "5-4-1", "5-5-1"], Doc.Plan.Measures.Select(m => m.Code.ToString()));
        Assert.Equal(2, Doc.Plan.Chapters[0].Policies.Single(p => p.Item.Code == Code("5-3")).Measures.Count);
    }

    [Fact]
    public void Plan_HasNoName_BecauseTheDocumentGivesNoPlanNameHeading() => Assert.Null(Doc.Plan.Name);

    [Theory]
    [InlineData("3-5-2")]
    [InlineData("6-2-1")]
    public void MeasureNamedOnlyByAProject_IsNeitherInThePlanNorASheet(string code)
    {
        Assert.False(Doc.Plan.Contains(Code(code)));
        Assert.Null(Doc.FindMeasureSheet(Code(code)));
        Assert.NotEmpty(Doc.ProjectsOf(Code(code)));
    }

    // ── Measures and their projects ─────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Measure_5_4_1_HasThreeProjects_InDocumentOrder() =>
        Assert.Equal(["国際交流推進費", "海の子山の子交歓会事業費", "上山型温泉クアオルト事業費"], Doc.ProjectsOf(Measure("5-4-1")).Select(p => p.Title));

    [Fact]
    public void Measure_5_4_1_IsServedByThreeDepartments() =>
        Assert.Equal(["庶務課", "生涯学習課", "市政戦略課"], Doc.ProjectsOf(Measure("5-4-1")).Select(p => p.Department!.Name));

    [Fact]
    public void Measure_5_2_1_Projects_IncludeTheCarriedOverPart() =>
        Assert.Equal(["総務一般管理費", "総務一般管理費（繰越）"], Doc.ProjectsOf(Measure("5-2-1")).Select(p => p.Title));

    [Fact]
    public void Measure_5_3_2_HasNoProjectSheet() => Assert.Empty(Doc.ProjectsOf(Measure("5-3-2")));

    [Theory]
    [InlineData("5-1-1", 2)]
    [InlineData("5-2-1", 2)]
    [InlineData("5-3-1", 1)]
    [InlineData("5-3-2", 0)]
    [InlineData("5-4-1", 3)]
    [InlineData("5-5-1", 1)]
    public void Measure_HasItsProjectCount(string code, int count) => Assert.Equal(count, Doc.ProjectsOf(Code(code)).Count);

    [Fact]
    public void Project_上山型温泉クアオルト事業費_Names3_5_2_WhichHasNoSheetInThisDocument()
    {
        var project = Project("上山型温泉クアオルト事業費");

        Assert.Equal(["3-5-2 体験型観光の推進", "5-4-1 市民交流の拡充"], project.Measures.Select(m => m.ToString()));
        Assert.Equal([Measure("5-4-1")], Doc.MeasuresOf(project));
    }

    [Fact]
    public void Project_総務一般管理費_ServesTwoMeasures_WrittenInOneCell()
    {
        var project = Project("総務一般管理費");

        Assert.Equal(["5-2-1 地域自治活動の育成", "6-2-1 効率的な行政運営の推進"], project.Measures.Select(m => m.ToString()));
        Assert.Equal([Measure("5-2-1")], Doc.MeasuresOf(project));
    }

    [Fact]
    public void EveryProject_ServesAMeasureSheetOfTheDocument_UnderTheSameTitle()
    {
        foreach (var project in Doc.ProjectSheets)
        {
            var sheets = Doc.MeasuresOf(project);
            Assert.NotEmpty(sheets);
            Assert.All(sheets, sheet => Assert.Contains(sheet.Measure, project.Measures));
        }
    }

    [Theory]
    [InlineData("5-1-1", "市政戦略課")]
    [InlineData("5-2-1", "庶務課")]
    [InlineData("5-3-1", "福祉課")]
    [InlineData("5-3-2", "市政戦略課")]
    [InlineData("5-4-1", "庶務課")]
    [InlineData("5-5-1", "建設課")]
    public void MeasureSheet_BelongsToItsDepartment(string code, string department) =>
        Assert.Equal(new Department(department), Measure(code).Department);

    // ── Achievement rates ───────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Measure_5_1_1_FirstIndicator_AchievementRateIs18_4Over17_0()
    {
        var rate = Measure("5-1-1").Outcomes[0].AchievementRate;

        Assert.Equal(new AchievementRate(18.4m / 17.0m), rate);
        Assert.Equal("108.2%", rate.ToString());
    }

    public static TheoryData<string, int, decimal?> OutcomeRates => new()
    {
        { "5-1-1", 0, 18.4m / 17.0m },
        { "5-1-1", 1, 1m },
        { "5-2-1", 0, 2.5m },
        { "5-3-1", 0, 17m / 15m },
        { "5-3-2", 0, 23m / 30m },
        { "5-4-1", 0, 0.8m },
        { "5-4-1", 1, null },
        { "5-4-1", 2, 1.5m },
        { "5-5-1", 0, 1.6m },
    };

    [Theory]
    [MemberData(nameof(OutcomeRates))]
    public void OutcomeIndicator_HasItsAchievementRate(string code, int index, decimal? ratio) =>
        Assert.Equal(ratio, Measure(code).Outcomes[index].AchievementRate?.Ratio);

    [Fact]
    public void Measure_5_4_1_StudentDelegation_IsNotApplicableThisYear_SoNeitherRatedNorDivergent()
    {
        var indicator = Measure("5-4-1").Outcomes[1];

        Assert.Equal(new IndicatorValue.NotApplicable(Unit.Person), indicator.Target);
        Assert.Equal("－人", indicator.Actual.ToString());
        Assert.Null(indicator.AchievementRate);
        Assert.False(indicator.ActualDiffersFromTarget);
        Assert.False(indicator.NextTargetBehindActual);
        Assert.Equal(IndicatorValue.Of(8m, Unit.Person), indicator.NextTarget);
    }

    [Fact]
    public void Project_国際交流推進費_FirstActivity_IsNotApplicableUntilNextYear()
    {
        var activity = Project("国際交流推進費").Activities[0];

        Assert.Equal(new IndicatorValue.NotApplicable(Unit.None), activity.Target);
        Assert.Equal(FigureKind.NotApplicable, activity.Actual.Kind);
        Assert.Equal(IndicatorValue.Of(65m, Unit.Person), activity.NextTarget);
        Assert.Null(activity.AchievementRate);
    }

    [Fact]
    public void QualitativeGoals_AreNeverDivergentNorRated_EvenWhenTheActualSaysCancelled()
    {
        var goals = Doc.ProjectSheets.Select(p => p.Goal).OfType<Indicator>().ToList();
        var cancelled = Project("国際交流推進費").Goal!;

        Assert.Equal(8, goals.Count);
        Assert.All(goals, g => Assert.IsType<IndicatorValue.Statement>(g.Actual));
        Assert.All(goals, g => Assert.False(g.ActualDiffersFromTarget));
        Assert.All(goals, g => Assert.Null(g.AchievementRate));
        Assert.EndsWith("受入は中止となりました。", ((IndicatorValue.Statement)cancelled.Actual).Text, StringComparison.Ordinal); // line 377
    }

    // ── Cost and staff ──────────────────────────────────────────────────────────────────────────────────────────

    public static TheoryData<string, decimal?> ExecutionRates => new()
    {
        { "地域おこし協力隊推進事業費", 165m / 980m },
        { "まちづくり推進事業費", 1m },
        { "総務一般管理費", 29855m / 30990m },
        { "総務一般管理費（繰越）", 652m / 2550m },
        { "人権啓発活動事業費", 1m },
        { "国際交流推進費", 289m / 452m },
        { "海の子山の子交歓会事業費", 1548m / 2020m },
        { "上山型温泉クアオルト事業費", 10924m / 11663m },
        { "移住推進事業費", 2316m / 7392m },
    };

    [Theory]
    [MemberData(nameof(ExecutionRates))]
    public void Project_HasItsExecutionRate(string title, decimal? rate) => Assert.Equal(rate, Project(title).Cost.ExecutionRate);

    [Fact]
    public void CarriedOverSheet_HasNoGoal_NoActivities_AndNoNextYear()
    {
        var sheet = Project("総務一般管理費（繰越）");

        Assert.True(sheet.IsCarriedOver);
        Assert.Equal("総務一般管理費", sheet.Name);
        Assert.Null(sheet.Goal);
        Assert.Empty(sheet.Activities);
        Assert.Empty(sheet.Indicators);
        Assert.Equal(Figure<Money>.NotApplicable, sheet.Cost.NextBudget);
        Assert.Equal(Figure<PersonYears>.NotApplicable, sheet.Staff.NextPlanned);
        Assert.Equal(new PersonYears(0.8m), sheet.Staff.Actual.Value);
    }

    [Fact]
    public void CarriedOverSheet_RepeatsTheOverviewPurposeAccountAndMeasuresOfItsProject()
    {
        var (main, carried) = (Project("総務一般管理費"), Project("総務一般管理費（繰越）"));

        Assert.Equal(main.Overview, carried.Overview);
        Assert.Equal(main.Purpose, carried.Purpose);
        Assert.Equal(main.Account, carried.Account);
        Assert.Equal(main.Measures, carried.Measures);
        Assert.NotEqual<Sheet>(main, carried);
    }

    [Fact]
    public void Totals_AreTheSumsOverEveryProjectSheet()
    {
        static decimal Sum(IEnumerable<Figure<Money>> figures) =>
            figures.Select(f => f.GetValueOrNull() ?? Money.Zero).Aggregate(Money.Zero, (a, b) => a + b).ThousandYen;

        Assert.Equal(61570m, Sum(Doc.ProjectSheets.Select(p => p.Cost.Budget)));
        Assert.Equal(51272m, Sum(Doc.ProjectSheets.Select(p => p.Cost.Actual)));
        Assert.Equal(69152m, Sum(Doc.ProjectSheets.Select(p => p.Cost.NextBudget)));
        Assert.Equal(new PersonYears(8.0m), Doc.ProjectSheets.Aggregate(PersonYears.Zero, (a, p) => a + p.Staff.Planned.Value));
    }

    [Fact]
    public void Project_上山型温泉クアオルト事業費_IsPaidFromTheStandard商工費()
    {
        var account = Project("上山型温泉クアオルト事業費").Account!;

        Assert.Equal("07", account.Division.Code);
        Assert.Equal(new BudgetAccountPart("7", "商工費"), account.StandardDivision);
        Assert.Equal("04観光物産費", account.Item.ToString());
    }

    [Fact]
    public void EveryBudgetAccount_IsInTheGeneralFund_UnderAStandardDivisionWithItsStandardNumber()
    {
        var accounts = Doc.ProjectSheets.Select(p => p.Account!).ToList();

        Assert.All(accounts, a => Assert.Equal(new BudgetAccountPart("01", "一般会計"), a.Fund));
        Assert.Equal(["総務費", "民生費", "教育費", "商工費"], accounts.Select(a => a.StandardDivision!.Name).Distinct());
        Assert.All(accounts, a => Assert.Equal(a.StandardDivision!.Number, a.Division.Number));
    }

    // ── 創生総合戦略 ───────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void StrategyLinks_AreNoneExceptForSixSheets_AllUnderStrategyNumber2()
    {
        var linked = Doc.Sheets.Where(s => !s.Strategy!.IsNone).ToList();

        Assert.Equal(
            ["5-1-1 多様な担い手が参画するまちづくりの推進", "地域おこし協力隊推進事業費", "5-4-1 市民交流の拡充", "上山型温泉クアオルト事業費", "5-5-1 移住受け入れ環境の整備", "移住推進事業費"],
            linked.Select(s => s.Title));
        Assert.All(linked, s => Assert.Equal(2, s.Strategy!.Number));
        Assert.Equal(["かみのやま「来てよし」プロジェクト", "かみのやま「働いてよし」プロジェクト"], linked.Select(s => s.Strategy!.Project).Distinct());
        Assert.All(Doc.Sheets.Except(linked), s => Assert.Same(StrategyLink.None, s.Strategy));
    }

    [Fact]
    public void Project_地域おこし協力隊推進事業費_StrategyEqualsItsMeasures() =>
        Assert.Equal(Measure("5-1-1").Strategy, Project("地域おこし協力隊推進事業費").Strategy);

    // ── The text of the sheets ──────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void EveryMeasureSheetBut5_3_2_NumbersItsItemsFrom1()
    {
        foreach (var sheet in Doc.MeasureSheets.Where(m => m.Code != Code("5-3-2")))
        {
            foreach (var items in new[] { sheet.Purposes, sheet.Goals, sheet.Results })
            {
                Assert.Equal(Enumerable.Range(1, items.Count).Cast<int?>(), items.Select(i => i.Number));
            }
        }
    }

    [Fact]
    public void EveryMeasureSheet_ReportsAResultForEachGoal_UnderTheSameTitle()
    {
        foreach (var sheet in Doc.MeasureSheets)
        {
            Assert.Equal(sheet.Goals.Select(g => g.ToString()), sheet.Results.Select(r => r.ToString()));
            Assert.All(sheet.Goals, g => Assert.Single(g.Details));
            Assert.All(sheet.Results.SelectMany(r => r.Details), d => Assert.Matches(@"^\(\d\) ", d));
        }
    }

    [Fact]
    public void Measure_5_5_1_ResultHasTwoLines()
    {
        var result = Assert.Single(Measure("5-5-1").Results);

        Assert.Equal(["(1) 県及びNPO法人等と連携し、都内に開設している移住窓口や移住フェア、オンライン相談等により移住希望者の受け入れを行いました。", "(2) お試し居住施設については、5件利用がありました。"], result.Details);
    }

    [Fact]
    public void Measure_5_4_1_HasThreeGoals_WrittenWithMarkdownHeadings()
    {
        var sheet = Measure("5-4-1"); // lines 320–350

        Assert.Equal(["国内外の姉妹・友好都市との交流の充実", "市民レベルの国際交流の推進", "クアオルト事業を通じた広域連携の推進"], sheet.Goals.Select(g => g.Title));
        Assert.DoesNotContain(sheet.Goals.Concat(sheet.Results).Concat(sheet.Purposes), i => i.Title.StartsWith('#') || i.Title.StartsWith('-'));
    }

    // ── Indicator kinds and units ───────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void IndicatorKinds_MatchTheRowsTheyComeFrom()
    {
        Assert.All(Doc.MeasureSheets.SelectMany(m => m.Indicators), i => Assert.Equal(IndicatorKind.Outcome, i.Kind));
        Assert.All(Doc.ProjectSheets.SelectMany(p => p.Activities), i => Assert.Equal(IndicatorKind.Activity, i.Kind));
        Assert.All(Doc.ProjectSheets.Select(p => p.Goal).OfType<Indicator>(), i => Assert.Equal(IndicatorKind.Qualitative, i.Kind));
        Assert.Equal(9, Doc.MeasureSheets.Sum(m => m.Outcomes.Count));
        Assert.Equal(11, Doc.ProjectSheets.Sum(p => p.Activities.Count));
    }

    [Fact]
    public void EveryIndicatorKeepsOneUnitAcrossItsColumns_AndEveryUnitIsKnown()
    {
        var quantitative = Doc.Sheets.SelectMany(s => s.Indicators).Where(i => i.Kind != IndicatorKind.Qualitative).ToList();

        Assert.All(quantitative, i => Assert.Single(new[] { i.Target, i.Actual, i.NextTarget }.Select(v => v.UnitOrNone).Where(u => !u.IsNone).Distinct()));
        Assert.All(quantitative.SelectMany(i => new[] { i.Target, i.Actual, i.NextTarget }).OfType<IndicatorValue.Quantity>(), q => Assert.True(q.Unit.IsKnown, q.ToString()));
        Assert.Equal(["%", "団体", "回", "地区", "校", "人", "ツアー", "件"], quantitative.Select(i => i.NextTarget.UnitOrNone.Symbol).Distinct());
    }

    private static PlanCode Code(string code) => PlanCode.Parse(code);

    private static MeasureSheet Measure(string code) =>
        Doc.FindMeasureSheet(Code(code)) ?? throw new InvalidOperationException($"No sheet for {code}.");

    private static ProjectSheet Project(string title) => Doc.ProjectSheets.Single(p => p.Title == title);

    private static EvaluationDocument Replace(Sheet old, Sheet replacement) =>
        new(Doc.FiscalYear, Doc.Sheets.Select(s => ReferenceEquals(s, old) ? replacement : s));
}
