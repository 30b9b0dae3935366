using System.Globalization;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Values;

public class IndicatorValueTests
{
    public static TheoryData<string, string, string> Quantities => new()
    {
        // text as a sheet writes it, expected number (invariant), expected unit
        { "17.0 %", "17.0", "%" },
        { "17 団体", "17", "団体" },
        { "6回", "6", "回" },
        { "5 ツアー", "5", "ツアー" },
        { "16 地区", "16", "地区" },
        { "0回", "0", "回" },
        { "6,317", "6317", "" },
        { "１２，０００人", "12000", "人" },
        { "１７．０ ％", "17.0", "%" },
        { "△5件", "-5", "件" },
        { "  42 件  ", "42", "件" },
        { "3　校", "3", "校" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Read_Quantity_KeepsNumberScaleAndUnit(string text, string number, string unit)
    {
        var value = Assert.IsType<IndicatorValue.Quantity>(IndicatorValue.Parse(text));

        Assert.Equal(number, value.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(unit, value.Unit.Symbol);
        Assert.Equal(FigureKind.Value, value.Kind);
    }

    [Theory]
    [InlineData("－人", "人")]
    [InlineData("－", "")]
    [InlineData("—", "")]
    [InlineData("―", "")]
    [InlineData("- 件", "件")]
    public void Read_NotApplicableMark_IsNotApplicableWithUnit(string text, string unit)
    {
        var value = Assert.IsType<IndicatorValue.NotApplicable>(IndicatorValue.Parse(text));

        Assert.Equal(unit, value.Unit.Symbol);
        Assert.Equal(FigureKind.NotApplicable, value.Kind);
        Assert.Null(value.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Read_Blank_IsBlank(string text)
    {
        Assert.Equal(IndicatorValue.Empty, IndicatorValue.Parse(text));
        Assert.Equal(FigureKind.Blank, IndicatorValue.Parse(text).Kind);
    }

    [Theory]
    [InlineData("未定", 0, Messages.ExpectedIndicatorValue)]
    [InlineData("  約5人", 2, Messages.ExpectedIndicatorValue)]
    [InlineData("1,", 1, Messages.MisplacedSeparator)]
    [InlineData("17. %", 2, Messages.ExpectedDigitsAfterPoint)]
    [InlineData("30 6", 3, Messages.UnitStartsWithDigit)]
    [InlineData("30\u3000６人", 3, Messages.UnitStartsWithDigit)]
    public void Read_NotAValue_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = IndicatorValue.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Equal(message, result.Message);
        var exception = Assert.Throws<UnparsableValueException>(() => IndicatorValue.Parse(text));
        Assert.Equal(text, exception.Input);
        Assert.Equal(position, exception.Position);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.False(IndicatorValue.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(IndicatorValue.TryParse(null, out _));

    [Fact]
    public void Equality_SameNumberDifferentScale_IsEqual() =>
        Assert.Equal(IndicatorValue.Of(17m, Unit.Percent), IndicatorValue.Parse("17.0 %"));

    [Fact]
    public void Equality_DifferentUnit_IsNotEqual() =>
        Assert.NotEqual(IndicatorValue.Parse("17人"), IndicatorValue.Parse("17回"));

    [Fact]
    public void NotApplicable_IsNotBlank() =>
        Assert.NotEqual<IndicatorValue>(new IndicatorValue.NotApplicable(Unit.None), IndicatorValue.Empty);

    [Theory]
    [InlineData("17.0 %", "17.0%")]
    [InlineData("12,000人", "12,000人")]
    [InlineData("－人", "－人")]
    [InlineData("", "")]
    public void ToString_WritesSheetForm(string text, string expected) =>
        Assert.Equal(expected, IndicatorValue.Parse(text).ToString());

    [Fact]
    public void RoundTrip_RandomQuantities_ParseOfToStringIsEqual()
    {
        var units = Unit.Known.Append(Unit.None).ToArray();
        CsCheck.Gen.Select(CsCheck.Gen.Decimal[-1_000_000m, 1_000_000m], CsCheck.Gen.Int[0, 3], CsCheck.Gen.Int[0, units.Length - 1])
            .Sample((number, scale, unitIndex) =>
            {
                var value = IndicatorValue.Of(Math.Round(number, scale), units[unitIndex]);
                Assert.Equal(value, IndicatorValue.Parse(value.ToString()!));
            });
    }
}
