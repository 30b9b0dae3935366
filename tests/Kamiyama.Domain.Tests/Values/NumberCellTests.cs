using System.Globalization;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Values;

/// <summary>A number cell is a number or a diagnostic (issue 12): the cases once misread, through every reader of a cell.</summary>
public class NumberCellTests
{
    /// <summary>The smallest step a decimal cannot hold: 30 digits after the point.</summary>
    internal const string Scale30 = "0.000000000000000000000000000001";

    /// <summary>30 significant digits: a decimal would round the last one.</summary>
    internal const string Mantissa30 = "12345678901234567890.1234567891";

    /// <summary>
    /// The misread cases: the cell, the zero-based position of the problem (counted in the text, not copied from a
    /// result) and the exact message.
    /// </summary>
    public static TheoryData<string, int, string> Misread => new()
    {
        { "1.2.3 %", At("1.2.3 %", '.', from: 2), Messages.SecondDecimalPoint },
        { "1e400 %", At("1e400 %", 'e'), Messages.Format(Messages.NotAUnit, "e400 %") },
        { "0x12 %", At("0x12 %", 'x'), Messages.Format(Messages.NotAUnit, "x12 %") },
        { "1,2,3 %", At("1,2,3 %", ','), Messages.MisgroupedDigits },
        { "12,34 %", At("12,34 %", ','), Messages.MisgroupedDigits },
        { "1234,567人", At("1234,567人", ','), Messages.MisgroupedDigits },
        { "1,2345人", At("1,2345人", ','), Messages.MisgroupedDigits },
        { "1,234.5,6 %", "1,234.5,6 %".AsSpan().LastIndexOf(','), Messages.SeparatorAfterPoint },
        { "１，２，３ ％", At("１，２，３ ％", '，'), Messages.MisgroupedDigits },
        { Scale30 + " %", 0, Messages.NumberNotExact },
        { "△" + Scale30 + " %", 0, Messages.NumberNotExact },
        { Mantissa30 + " %", 0, Messages.NumberNotExact },
        { "79228162514264337593543950336 %", 0, Messages.NumberTooLarge },
        { "1" + new string('0', 40) + " %", 0, Messages.NumberTooLarge },
        { "17.0 %%", At("17.0 %%", '%'), Messages.Format(Messages.NotAUnit, "%%") },
        { "17 団 体", At("17 団 体", '団'), Messages.Format(Messages.NotAUnit, "団 体") },
        { "－%%", 1, Messages.Format(Messages.NotAUnit, "%%") },
    };

    private static int At(string text, char c, int from = 0) => from + text.AsSpan(from).IndexOf(c);

    [Theory]
    [MemberData(nameof(Misread))]
    public void IndicatorValueRead_MisreadCell_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = IndicatorValue.Read(text);

        Assert.False(result.Success, result.ToString());
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
    }

    /// <summary>The number part of each case, as a 千円 or 人工 cell (no unit): the number's own problems.</summary>
    public static TheoryData<string, int, string> MisreadNumbers => new()
    {
        { "1.2.3", 3, Messages.SecondDecimalPoint },
        { "1,2,3", 1, Messages.MisgroupedDigits },
        { "12,34", 2, Messages.MisgroupedDigits },
        { "１２，３４", 2, Messages.MisgroupedDigits },
        { "1,234.5,6", 7, Messages.SeparatorAfterPoint },
        { Scale30, 0, Messages.NumberNotExact },
        { Mantissa30, 0, Messages.NumberNotExact },
        { " 1,2,3", 2, Messages.MisgroupedDigits },
    };

    [Theory]
    [MemberData(nameof(MisreadNumbers))]
    public void MoneyReadThousandYen_MisreadNumber_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = Money.ReadThousandYen(text);

        Assert.False(result.Success, result.ToString());
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
        Assert.False(Money.TryParse(text + "千円", out _));
    }

    [Theory]
    [MemberData(nameof(MisreadNumbers))]
    public void PersonYearsRead_MisreadNumber_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = PersonYears.Read(text);

        Assert.False(result.Success, result.ToString());
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
        Assert.False(PersonYears.TryParse(text + "人工", out _));
    }

    [Theory]
    [InlineData("1e400", 1, "Unexpected text 'e400' after the value.")]
    [InlineData("0x12", 1, "Unexpected text 'x12' after the value.")]
    [InlineData("79228162514264337593543950335", 0, Messages.NumberTooLarge)]
    [InlineData("9223372036854775.808", 0, Messages.NumberTooLarge)]
    public void MoneyReadThousandYen_NotAnAmount_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = Money.ReadThousandYen(text);

        Assert.False(result.Success, result.ToString());
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
    }

    [Theory]
    [InlineData("17.0 %", "17.0", "%")]
    [InlineData("12,000人", "12000", "人")]
    [InlineData("１２，０００人", "12000", "人")]
    [InlineData("1,234,567.25 ㎡", "1234567.25", "㎡")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001", "")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335", "")]
    [InlineData("7.9228162514264337593543950335", "7.9228162514264337593543950335", "")]
    [InlineData("1.0000000000000000000000000000 %", "1.0000000000000000000000000000", "%")]
    [InlineData("000017.50 %", "17.50", "%")]
    [InlineData("25 ℃", "25", "℃")]
    [InlineData("3.5kg", "3.5", "kg")]
    [InlineData("120 m²", "120", "m²")]
    [InlineData("2.5 ポイント", "2.5", "ポイント")]
    [InlineData("1,200人（延べ）", "1200", "人(延べ)")]
    [InlineData("3 人/日", "3", "人/日")]
    [InlineData("3 人・日", "3", "人・日")]
    [InlineData("5 件数", "5", "件数")]
    [InlineData("5 ｋｍ", "5", "km")]
    public void IndicatorValueRead_WellFormedCell_KeepsValueScaleAndUnit(string text, string number, string unit)
    {
        var value = Assert.IsType<IndicatorValue.Quantity>(IndicatorValue.Read(text).Value);

        Assert.Equal(number, value.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(unit, value.Unit.Symbol);
    }

    [Theory]
    [InlineData("――", "")]
    [InlineData("－－人", "人")]
    [InlineData("－ 人（延べ）", "人(延べ)")]
    public void IndicatorValueRead_NotApplicableMarks_AreOneMarkWithTheUnit(string text, string unit) =>
        Assert.Equal(new IndicatorValue.NotApplicable(unit.Length == 0 ? Unit.None : new Unit(unit)), IndicatorValue.Read(text).Value);

    [Theory]
    [InlineData("12,000", 12_000_000L)]
    [InlineData("１２，０００", 12_000_000L)]
    [InlineData("9,223,372,036,854,775.807", long.MaxValue)]
    [InlineData("△9,223,372,036,854,775.808", long.MinValue)]
    public void MoneyReadThousandYen_GroupedThousands_Reads(string text, long yen) =>
        Assert.Equal(new Money(yen), Money.ReadThousandYen(text).Value);

    [Theory]
    [InlineData("0.80", "0.80")]
    [InlineData("1,000.5", "1000.5")]
    public void PersonYearsRead_KeepsScale(string text, string expected) =>
        Assert.Equal(expected, PersonYears.Read(text).Value.ToString());
}
