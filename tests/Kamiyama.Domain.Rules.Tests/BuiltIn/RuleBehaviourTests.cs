using Kamiyama.Domain.Rules.Testing;

namespace Kamiyama.Domain.Rules.Tests.BuiltIn;

public class RuleBehaviourTests
{
    private static readonly RuleTester Rules = RuleTester.For(BuiltInRules.All());

    [Fact]
    public void KMY001_DivergenceWithoutReason_OneFindingPerIndicator()
    {
        var sheet = Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件"), Make.Row("b", "5件", "4件", "5件"), Make.Row("c", "5件", "5件", "5件"));

        var result = Rules.Check(sheet).ShouldHaveNoEngineErrors();

        result.ShouldHave("KMY001", "1-1-1/目標値/a/実績");
        result.ShouldHave("KMY001", "1-1-1/目標値/b/実績");
        result.ShouldNotHave("KMY001", "1-1-1/目標値/c/実績");
    }

    [Theory]
    [InlineData("－人", "－人")]
    [InlineData("", "5件")]
    [InlineData("—", "65人")]
    [InlineData("17.0 %", "17 %")]
    public void KMY001_NotApplicableBlankOrEqual_IsNoDivergence(string target, string actual) =>
        Rules.Check(Make.Measure("1-1-1", "", Make.Row("a", target, actual, "5件"))).ShouldNotHave("KMY001");

    [Fact]
    public void KMY001_WithReason_Passes() =>
        Rules.Check(Make.Measure("1-1-1", "コロナの影響です。", Make.Row("a", "5件", "2件", "5件"))).ShouldNotHave("KMY001");

    [Fact]
    public void KMY001_QualitativeGoal_IsNotApplicable()
    {
        var goal = new Indicator("状態", IndicatorKind.Qualitative, new IndicatorValue.Statement("a"), new IndicatorValue.Statement("b"), new IndicatorValue.Statement("c"));
        var result = Rules.Check(Make.Project("事業") with { Goal = goal });

        Assert.Contains(result.Run.Outcomes, o => o.RuleId == "KMY001" && o.SubjectPath == "事業/目標/状態" && o.Kind == OutcomeKind.NotApplicable);
    }

    [Theory]
    [InlineData("1,000", "790", true)]
    [InlineData("1,000", "800", false)]
    [InlineData("1,000", "1,210", true)]
    [InlineData("0", "100", false)]
    public void KMY002_CostDeviationBeyondTwentyPercent_WithoutReason(string budget, string actual, bool expected)
    {
        var result = Rules.Check(Make.Project("事業", budget, actual));

        Assert.Equal(expected, result.Run.Findings.Any(f => f.RuleId == "KMY002"));
    }

    [Fact]
    public void KMY003_LowerIsBetter_FlagsATargetAboveTheActual()
    {
        var row = Make.Row("事故件数", "10件", "8件", "9件", direction: IndicatorDirection.LowerIsBetter);

        Rules.Check(Make.Measure("1-1-1", "理由", row)).ShouldHave("KMY003", "1-1-1/目標値/事故件数/次年度目標");
    }

    [Fact]
    public void KMY004_ReasonOfShortfallWhileExceeded_Flagged_ButNotWhenItFellShort()
    {
        Rules.Check(Make.Measure("1-1-1", "参加者が少なかったためです。", Make.Row("a", "5件", "8件", "8件"))).ShouldHave("KMY004", "1-1-1/理由");
        Rules.Check(Make.Measure("1-1-1", "参加者が少なかったためです。", Make.Row("a", "5件", "3件", "5件"))).ShouldNotHave("KMY004");
    }

    [Fact]
    public void KMY005_LinkedMeasureWithASheet_IsNotReported()
    {
        var result = Rules.Check(Make.Measure("1-1-1", "", Make.Row("a", "5件", "5件", "5件")), Make.Project("事業", measures: ["1-1-1", "3-5-2"]));

        result.ShouldHave("KMY005", "事業/施策");
        Assert.Contains("3-5-2", result.Run.Findings.Single(f => f.RuleId == "KMY005").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KMY006_MisspelledDivision_Flagged() =>
        Rules.Check(Make.Project("事業", account: "01一般会計・02総務課費・01総務管理費・06企画費")).ShouldHave("KMY006", "事業/予算科目");

    [Fact]
    public void KMY007_PercentAbove100_Flagged() =>
        Rules.Check(Make.Measure("1-1-1", "理由", Make.Row("率", "90 %", "120 %", "95 %"))).ShouldHave("KMY007", "1-1-1/目標値/率/実績");

    [Fact]
    public void KMY008_UnitChange_Flagged_NotApplicableWithoutUnitIgnored()
    {
        Rules.Check(Make.Measure("1-1-1", "理由", Make.Row("回数", "5回", "5件", "5回"))).ShouldHave("KMY008", "1-1-1/目標値/回数/実績");
        Rules.Check(Make.Measure("1-1-1", "理由", Make.Row("人数", "5人", "—", "5人"))).ShouldNotHave("KMY008");
    }

    [Fact]
    public void KMY009_EmptySections_OneFindingEach()
    {
        var sheet = Make.Project("事業") with { Department = null, Overview = "", FutureActions = " " };

        var result = Rules.Check(sheet);

        Assert.Equal(["事業/事業概要", "事業/今後の取組", "事業/所属"], result.Run.Findings.Where(f => f.RuleId == "KMY009").Select(f => f.Location.Path));
    }

    [Fact]
    public void TestKit_MissingFinding_ThrowsWithWhatTheRunFound()
    {
        var result = Rules.Check(Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")));

        var error = Assert.Throws<RuleAssertionException>(() => result.ShouldHave("KMY001", "1-1-1/目標値/b/実績"));
        Assert.Contains("Expected one KMY001 finding at '1-1-1/目標値/b/実績', found 0. The run found:\n  KMY001 at '1-1-1/目標値/a/実績'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleThatThrows_IsAnEngineErrorAndOtherRulesStillRun()
    {
        var result = RuleTester.For([.. BuiltInRules.All(), new Throwing()]).Check(Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")));

        Assert.Contains(result.Run.EngineErrors, e => e.RuleId == "TST001" && e.Error == "InvalidOperationException: broken");
        result.ShouldHave("KMY001", "1-1-1/目標値/a/実績");
        Assert.DoesNotContain(result.Run.Outcomes, o => o.RuleId == "TST001" && o.Kind is OutcomeKind.Pass or OutcomeKind.Fail);
    }

    [Fact]
    public void FromRules_DuplicateIds_Throw() =>
        Assert.Throws<ArgumentException>(() => RuleSet.FromRules(new ReasonRequired(), new ReasonRequired()));

    private sealed class Throwing : Rule<Sheet>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "TST001",
            Title = "throws",
            DefaultSeverity = DiagnosticSeverity.Error,
            Category = "test",
            MessageFormat = "never",
            Description = "Always throws.",
        };

        public override void Check(Sheet subject, RuleContext context) => throw new InvalidOperationException("broken");
    }
}
