using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Budget;

public class PersonYearsTests
{
    [Theory]
    [InlineData("0.8", "0.8")]
    [InlineData("1", "1")]
    [InlineData("2.5", "2.5")]
    [InlineData("０．８", "0.8")]
    [InlineData("0.5人工", "0.5")]
    [InlineData(" 0.1 ", "0.1")]
    public void Read_SheetCells_KeepsFigure(string text, string expected) =>
        Assert.Equal(expected, PersonYears.Read(text).Value.ToString());

    [Theory]
    [InlineData("△1", 0, Messages.NegativePersonYears)]
    [InlineData("—", 0, Messages.ExpectedNumber)]
    [InlineData("0.8人日", 3, "Unexpected text '人日' after the value.")]
    public void Read_Invalid_FailsWithMessage(string text, int position, string message)
    {
        var result = PersonYears.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void New_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new PersonYears(-0.1m));

    [Fact]
    public void Sum_AddsEffort() => Assert.Equal(new PersonYears(1.3m), new PersonYears(0.8m) + new PersonYears(0.5m));

    [Fact]
    public void ToString_WithUnit() => Assert.Equal("0.8人工", new PersonYears(0.8m).ToString("U", null));
}
