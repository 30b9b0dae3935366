using Kamiyama.Domain.Text;
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
    [InlineData("", Messages.UnitEmpty)]
    [InlineData("  ", Messages.UnitEmpty)]
    [InlineData("5回", Messages.UnitStartsWithDigit)]
    [InlineData("５回", Messages.UnitStartsWithDigit)]
    public void New_InvalidSymbol_ThrowsWithMessage(string symbol, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Unit(symbol));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Units real sheets write, or may: letters of any script, joiners, a qualifier, unit symbols.</summary>
    [Theory]
    [InlineData("%", "%")]
    [InlineData("％", "%")]
    [InlineData("ツアー", "ツアー")]
    [InlineData("か所", "か所")]
    [InlineData("ヶ所", "ヶ所")]
    [InlineData("件数", "件数")]
    [InlineData("人/日", "人/日")]
    [InlineData("人／日", "人/日")]
    [InlineData("人・日", "人・日")]
    [InlineData("件/年", "件/年")]
    [InlineData("人（延べ）", "人(延べ)")]
    [InlineData("人 (延べ)", "人 (延べ)")]
    [InlineData("㎡", "㎡")]
    [InlineData("m²", "m²")]
    [InlineData("km²", "km²")]
    [InlineData("t-CO₂", null)]
    [InlineData("CO₂", "CO₂")]
    [InlineData("℃", "℃")]
    [InlineData("‰", "‰")]
    [InlineData("kg", "kg")]
    [InlineData("ｋｍ", "km")]
    [InlineData("L", "L")]
    [InlineData("ポイント", "ポイント")]
    [InlineData("円/㎡", "円/㎡")]
    [InlineData("𠮷", "𠮷")]
    [InlineData("μg", "μg")]
    public void New_UnitShapes_KeepTheFoldedSymbol(string symbol, string? expected)
    {
        if (expected is null)
        {
            Assert.Throws<ArgumentException>(() => new Unit(symbol));
            return;
        }

        Assert.Equal(expected, new Unit(symbol).Symbol);
        Assert.Null(UnitPattern.Check(symbol));
    }

    [Theory]
    [InlineData("%%")]
    [InlineData(".3 %")]
    [InlineData("e400 %")]
    [InlineData("x12 %")]
    [InlineData("人2")]
    [InlineData("m2")]
    [InlineData("団 体")]
    [InlineData("/人")]
    [InlineData("人/")]
    [InlineData("人//日")]
    [InlineData("%人")]
    [InlineData("人（延べ")]
    [InlineData("（延べ）")]
    [InlineData("人（延べ）人")]
    [InlineData("人()")]
    [InlineData("ー")]
    [InlineData("－")]
    [InlineData("人-日")]
    [InlineData("人.")]
    [InlineData("²")]
    public void New_NotTheShapeOfAUnit_ThrowsWithTheMessageTheReadersGive(string symbol)
    {
        var message = Messages.Format(Messages.NotAUnit, Unit.Normalize(symbol));

        var exception = Assert.Throws<ArgumentException>(() => new Unit(symbol));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(Messages.Format(Messages.NotAUnit, symbol.Trim()), UnitPattern.Check(symbol));
    }

    [Fact]
    public void New_LoneSurrogate_Throws() => Assert.Throws<ArgumentException>(() => new Unit("人\uD800"));

    [Fact]
    public void Known_EveryKnownUnitHasTheShapeOfAUnit() =>
        Assert.All(Unit.Known, unit => Assert.Null(UnitPattern.Check(unit.Symbol)));

    [Fact]
    public void None_IsDefaultAndEmpty()
    {
        Assert.True(default(Unit).IsNone);
        Assert.Equal(string.Empty, Unit.None.Symbol);
        Assert.False(Unit.None.IsKnown);
    }
}
