using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Values;

public class UnitTests
{
    [Theory]
    [InlineData("%")]
    [InlineData("人")]
    [InlineData("回")]
    [InlineData("件")]
    [InlineData("団体")]
    [InlineData("地区")]
    [InlineData("校")]
    [InlineData("日")]
    [InlineData("冊")]
    [InlineData("ツアー")]
    public void Known_SampleUnits_AreKnown(string symbol) => Assert.True(new Unit(symbol).IsKnown);

    [Fact]
    public void New_UnknownUnit_IsAcceptedButNotKnown()
    {
        var unit = new Unit("基");

        Assert.Equal("基", unit.Symbol);
        Assert.False(unit.IsKnown);
    }

    [Fact]
    public void New_FullWidthPercent_EqualsPercent() => Assert.Equal(Unit.Percent, new Unit("％"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("5回")]
    public void New_InvalidSymbol_Throws(string symbol) => Assert.Throws<ArgumentException>(() => new Unit(symbol));

    [Fact]
    public void None_IsDefaultAndEmpty()
    {
        Assert.True(default(Unit).IsNone);
        Assert.Equal(string.Empty, Unit.None.Symbol);
        Assert.False(Unit.None.IsKnown);
    }
}
