using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sheets;

public class IndicatorTests
{
    private static Indicator Row(string target, string actual, string next, IndicatorDirection direction = IndicatorDirection.HigherIsBetter) =>
        new("指標", IndicatorKind.Outcome, IndicatorValue.Parse(target), IndicatorValue.Parse(actual), IndicatorValue.Parse(next), direction);

    [Theory]
    [InlineData("15回", "17回", true)]
    [InlineData("17.0 %", "18.4 %", true)]
    [InlineData("17 団体", "17 団体", false)]
    [InlineData("17.0 %", "17 %", false)]
    [InlineData("－人", "－人", false)]
    [InlineData("—", "—", false)]
    [InlineData("", "5件", false)]
    [InlineData("5件", "", false)]
    public void ActualDiffersFromTarget_OnlyForDifferentQuantities(string target, string actual, bool expected) =>
        Assert.Equal(expected, Row(target, actual, "").ActualDiffersFromTarget);

    [Fact]
    public void ActualDiffersFromTarget_QualitativeStatements_AreNotADifference()
    {
        var goal = new Indicator(
            "本市の地域おこし協力隊の活動が注目されている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("採用希望者からの問合せが多数ある状態"),
            new IndicatorValue.Statement("採用希望者8名からの応募がありました。"),
            new IndicatorValue.Statement("採用希望者からの問合せが多数ある状態"));

        Assert.False(goal.ActualDiffersFromTarget);
        Assert.Null(goal.AchievementRate);
    }

    [Theory]
    [InlineData("16 地区", "40 地区", "17 地区", IndicatorDirection.HigherIsBetter, true)]
    [InlineData("17.0 %", "18.4 %", "18.0 %", IndicatorDirection.HigherIsBetter, true)]
    [InlineData("60人", "48人", "60人", IndicatorDirection.HigherIsBetter, false)]
    [InlineData("－人", "－人", "8人", IndicatorDirection.HigherIsBetter, false)]
    [InlineData("10件", "8件", "9件", IndicatorDirection.LowerIsBetter, true)]
    [InlineData("10件", "8件", "7件", IndicatorDirection.LowerIsBetter, false)]
    [InlineData("5件", "8件", "5回", IndicatorDirection.HigherIsBetter, false)]
    public void NextTargetBehindActual_RespectsDirectionAndUnit(string target, string actual, string next, IndicatorDirection direction, bool expected) =>
        Assert.Equal(expected, Row(target, actual, next, direction).NextTargetBehindActual);

    [Fact]
    public void AchievementRate_UsesDirection()
    {
        Assert.Equal(1.25m, Row("10件", "8件", "", IndicatorDirection.LowerIsBetter).AchievementRate?.Ratio);
        Assert.Equal(0.8m, Row("10件", "8件", "").AchievementRate?.Ratio);
    }
}
