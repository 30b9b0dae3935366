using Kamiyama.Domain.Budget;

namespace Kamiyama.Domain.Tests.Budget;

public class BudgetAccountTests
{
    [Fact]
    public void Parse_SampleAccount_SplitsFourLevels()
    {
        var account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費");

        Assert.Equal(new BudgetAccountPart("01", "一般会計"), account.Fund);
        Assert.Equal(new BudgetAccountPart("02", "総務費"), account.Division);
        Assert.Equal(new BudgetAccountPart("01", "総務管理費"), account.Section);
        Assert.Equal(new BudgetAccountPart("06", "企画費"), account.Item);
        Assert.Equal(2, account.Division.Number);
        Assert.Equal("01一般会計・02総務費・01総務管理費・06企画費", account.ToString());
    }

    [Theory]
    [InlineData("01一般会計・07商工費・01商工費・04観光物産費", "商工費", "7")]
    [InlineData("01一般会計・10教育費・05社会教育費・03青少年女性費", "教育費", "10")]
    [InlineData("01一般会計・03民生費・01社会福祉費・01社会福祉総務費", "民生費", "3")]
    public void StandardDivision_KnownName_IsFoundByName(string text, string name, string standardCode)
    {
        var division = BudgetAccount.Parse(text).StandardDivision;

        Assert.NotNull(division);
        Assert.Equal(name, division.Name);
        Assert.Equal(standardCode, division.Code);
    }

    [Fact]
    public void StandardDivision_RenumberedDivision_IsStillRecognisedByName()
    {
        // A city without 労働費 numbers 商工費 as 06: the name, not the number, identifies the division.
        var account = BudgetAccount.Parse("01一般会計・06商工費・01商工費・02商工振興費");

        Assert.Equal("7", account.StandardDivision?.Code);
    }

    [Fact]
    public void StandardDivision_UnknownName_IsNull() =>
        Assert.Null(BudgetAccount.Parse("01一般会計・02総務課費・01総務管理費・06企画費").StandardDivision);

    [Fact]
    public void Parse_FullWidthDigitsAndHalfWidthDot_AreAccepted()
    {
        var account = BudgetAccount.Parse("０１一般会計･０２総務費･０１総務管理費･０６企画費");

        Assert.Equal("02", account.Division.Code);
        Assert.Equal("企画費", account.Item.Name);
    }

    [Theory]
    [InlineData("01一般会計・02総務費", 0, "Expected four parts 会計・款・項・目, such as 01一般会計・02総務費・01総務管理費・06企画費; found 2.")]
    [InlineData("01一般会計・02・01総務管理費・06企画費", 9, "Expected a name after the code in part 2 of the budget account.")]
    public void Read_Malformed_FailsWithMessage(string text, int position, string message)
    {
        var result = BudgetAccount.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Equal(message, result.Message);
        Assert.False(BudgetAccount.TryParse(text, out _));
    }

    [Fact]
    public void StandardDivisions_HasFourteenInLawOrder()
    {
        Assert.Equal(14, StandardDivisions.All.Count);
        Assert.Equal("議会費", StandardDivisions.All[0].Name);
        Assert.Equal("予備費", StandardDivisions.All[^1].Name);
        Assert.Null(StandardDivisions.Find("企画費"));
    }
}
