using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sheets;

public class ProjectSheetTests
{
    [Theory]
    [InlineData("総務一般管理費（繰越）", "総務一般管理費", true)]
    [InlineData("総務一般管理費(繰越)", "総務一般管理費", true)]
    [InlineData("総務一般管理費", "総務一般管理費", false)]
    [InlineData(" 移住推進事業費 ", "移住推進事業費", false)]
    public void SplitName_CarriedOverSuffix_IsAFlag(string written, string name, bool carriedOver) =>
        Assert.Equal((name, carriedOver), ProjectSheet.SplitName(written));

    [Fact]
    public void Title_CarriedOver_HasSuffix()
    {
        var sheet = new ProjectSheet
        {
            Department = new Department("庶務課"),
            Strategy = StrategyLink.None,
            Name = "総務一般管理費",
            IsCarriedOver = true,
            Cost = new CostLine(Money.FromThousandYen(2_550), Money.FromThousandYen(652), Figure<Money>.NotApplicable),
        };

        Assert.Equal("総務一般管理費（繰越）", sheet.Title);
        Assert.Equal(652m / 2_550m, sheet.Cost.ExecutionRate);
        Assert.Empty(sheet.Indicators);
        Assert.False(sheet.HasReason);
    }

    [Fact]
    public void Indicators_GoalFirstThenActivities()
    {
        var goal = new Indicator("目標", IndicatorKind.Qualitative, new IndicatorValue.Statement("a"), new IndicatorValue.Statement("b"), new IndicatorValue.Statement("c"));
        var activity = new Indicator("回数", IndicatorKind.Activity, IndicatorValue.Parse("6回"), IndicatorValue.Parse("0回"), IndicatorValue.Parse("6回"));
        var sheet = new ProjectSheet
        {
            Department = new Department("市政戦略課"),
            Strategy = StrategyLink.None,
            Name = "事業",
            Goal = goal,
            Activities = [activity],
        };

        Assert.Equal([goal, activity], sheet.Indicators);
    }

    [Fact]
    public void Name_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => new ProjectSheet { Department = new Department("課"), Strategy = StrategyLink.None, Name = " " });

    [Fact]
    public void MeasureSheet_WrongLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => new MeasureSheet
        {
            Department = new Department("課"),
            Strategy = StrategyLink.None,
            Chapter = new PlanItem(new PlanCode(5), "章"),
            Policy = new PlanItem(PlanCode.Parse("5-1"), "政策"),
            Measure = new PlanItem(PlanCode.Parse("5-1"), "施策"),
        });
}
