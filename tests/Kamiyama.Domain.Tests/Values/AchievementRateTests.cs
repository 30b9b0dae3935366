using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Values;

public class AchievementRateTests
{
    [Theory]
    [InlineData("17.0 %", "18.4 %", IndicatorDirection.HigherIsBetter, "108.2%")]
    [InlineData("16 地区", "40 地区", IndicatorDirection.HigherIsBetter, "250.0%")]
    [InlineData("30 %", "23 %", IndicatorDirection.HigherIsBetter, "76.7%")]
    [InlineData("6回", "0回", IndicatorDirection.HigherIsBetter, "0.0%")]
    [InlineData("10件", "8件", IndicatorDirection.LowerIsBetter, "125.0%")]
    [InlineData("10件", "20件", IndicatorDirection.LowerIsBetter, "50.0%")]
    public void Compute_Quantities_RespectsDirection(string target, string actual, IndicatorDirection direction, string expected)
    {
        var rate = AchievementRate.Compute(IndicatorValue.Parse(target), IndicatorValue.Parse(actual), direction);

        Assert.NotNull(rate);
        Assert.Equal(expected, rate.Value.ToString());
    }

    [Theory]
    [InlineData("－人", "－人")]
    [InlineData("—", "65人")]
    [InlineData("", "5件")]
    [InlineData("5人", "5回")]
    [InlineData("0回", "3回")]
    public void Compute_NoMeaning_IsNull(string target, string actual) =>
        Assert.Null(AchievementRate.Compute(IndicatorValue.Parse(target), IndicatorValue.Parse(actual), IndicatorDirection.HigherIsBetter));

    [Theory]
    [InlineData("0.01 %", "1000000000000000000000000000 %")] // 10^29: beyond decimal's range as a ratio
    [InlineData("0.0000000001 %", "1000 %")] // 10^13 as a ratio: within decimal, but its percent would not be exact beyond MaxRatio
    [InlineData("1 %", "10000000000000000000000000000 %")]
    public void Compute_ARateBeyondAnyMeaning_IsNull_NotAnOverflow(string target, string actual)
    {
        var rate = AchievementRate.Compute(IndicatorValue.Parse(target), IndicatorValue.Parse(actual), IndicatorDirection.HigherIsBetter);

        if (rate is { } r)
        {
            Assert.True(r.Ratio <= AchievementRate.MaxRatio);
            Assert.EndsWith("%", r.ToString(), StringComparison.Ordinal); // its percent can be written
        }
        else
        {
            Assert.True(decimal.Parse(actual.TrimEnd(' ', '%'), System.Globalization.CultureInfo.InvariantCulture) / AchievementRate.MaxRatio > decimal.Parse(target.TrimEnd(' ', '%'), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void ARatioAboveTheMost_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AchievementRate(AchievementRate.MaxRatio + 1));

    [Fact]
    public void Compute_LowerIsBetterWithZeroActual_IsNull() =>
        Assert.Null(AchievementRate.Compute(IndicatorValue.Parse("3件"), IndicatorValue.Parse("0件"), IndicatorDirection.LowerIsBetter));

    [Fact]
    public void IsAchieved_AtExactlyTarget_IsTrue()
    {
        Assert.True(new AchievementRate(1m).IsAchieved);
        Assert.False(new AchievementRate(0.999m).IsAchieved);
    }

    [Theory]
    [InlineData("P0", "108%")]
    [InlineData("P2", "108.24%")]
    [InlineData("R", "1.0823529411764705882352941176")]
    public void ToString_Formats(string format, string expected)
    {
        var rate = AchievementRate.Compute(IndicatorValue.Parse("17.0 %"), IndicatorValue.Parse("18.4 %"), IndicatorDirection.HigherIsBetter)!.Value;

        Assert.Equal(expected, rate.ToString(format, null));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws() => Assert.Throws<FormatException>(() => new AchievementRate(1m).ToString("X", null));

    [Fact]
    public void New_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new AchievementRate(-0.1m));
}
