using System.Globalization;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Budget;

public class MoneyTests
{
    [Theory]
    [InlineData("6,317", 6_317_000L)]
    [InlineData("980", 980_000L)]
    [InlineData("30,990", 30_990_000L)]
    [InlineData("６，３１７", 6_317_000L)]
    [InlineData("△1,200", -1_200_000L)]
    [InlineData("▲1,200", -1_200_000L)]
    [InlineData("0", 0L)]
    [InlineData("1.5", 1_500L)]
    [InlineData(" 223 ", 223_000L)]
    public void ReadThousandYen_SheetCells_ReadsYen(string text, long yen) =>
        Assert.Equal(new Money(yen), Money.ReadThousandYen(text).Value);

    [Theory]
    [InlineData("", 0, Messages.ExpectedNumber)]
    [InlineData("—", 0, Messages.ExpectedNumber)]
    [InlineData("6,317千円", 5, "Unexpected text '千円' after the value.")]
    [InlineData("1.2345", 0, "1.2345千円 is not a whole number of yen.")]
    public void ReadThousandYen_NotAnAmount_FailsWithMessage(string text, int position, string message)
    {
        var result = Money.ReadThousandYen(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("6,317千円", 6_317_000L)]
    [InlineData("6,317,000円", 6_317_000L)]
    [InlineData("△1,200千円", -1_200_000L)]
    public void Parse_WithUnit_ReadsYen(string text, long yen) => Assert.Equal(new Money(yen), Money.Parse(text));

    [Fact]
    public void Parse_WithoutUnit_ThrowsWithMessage()
    {
        var exception = Assert.Throws<UnparsableValueException>(() => Money.Parse("6,317"));

        Assert.Equal(Messages.ExpectedMoneyUnit, exception.Detail);
        Assert.Equal(5, exception.Position);
        Assert.False(Money.TryParse("6,317", out _));
        Assert.False(Money.TryParse(null, out _));
    }

    [Theory]
    [InlineData(6_317_000L, null, "6,317千円")]
    [InlineData(6_317_000L, "K", "6,317")]
    [InlineData(-1_200_000L, "K", "△1,200")]
    [InlineData(6_317_000L, "Y", "6,317,000円")]
    [InlineData(1_500L, "K", "1.5")]
    public void ToString_Formats(long yen, string? format, string expected) =>
        Assert.Equal(expected, new Money(yen).ToString(format, CultureInfo.GetCultureInfo("de-DE")));

    [Fact]
    public void ToString_UnknownFormat_Throws() => Assert.Throws<FormatException>(() => new Money(1).ToString("X", null));

    [Fact]
    public void FromThousandYen_FractionalYen_Throws() => Assert.Throws<ArgumentException>(() => Money.FromThousandYen(0.0001m));

    [Fact]
    public void Arithmetic_AndRatio()
    {
        var budget = Money.FromThousandYen(7_392);
        var actual = Money.FromThousandYen(2_316);

        Assert.Equal(Money.FromThousandYen(5_076), budget - actual);
        Assert.Equal(Money.FromThousandYen(9_708), budget + actual);
        Assert.True(actual < budget);
        Assert.Equal(2_316m / 7_392m, actual.RatioTo(budget));
        Assert.Null(actual.RatioTo(Money.Zero));
    }

    [Fact]
    public void RoundTrip_RandomAmounts_ReadOfSheetFormIsEqual() =>
        CsCheck.Gen.Long[-999_999_999_999L, 999_999_999_999L].Sample(yen =>
        {
            var money = new Money(yen);
            Assert.Equal(money, Money.ReadThousandYen(money.ToString("K", null)).Value);
            Assert.Equal(money, Money.Parse(money.ToString()));
        });
}
