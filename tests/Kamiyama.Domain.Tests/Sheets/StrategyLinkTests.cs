using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Sheets;

public class StrategyLinkTests
{
    [Theory]
    [InlineData("該当なし")]
    [InlineData(" 該当なし ")]
    [InlineData("なし")]
    [InlineData("－")]
    public void Parse_NoneMarks_IsNone(string text)
    {
        var link = StrategyLink.Parse(text);

        Assert.True(link.IsNone);
        Assert.Same(StrategyLink.None, link);
    }

    [Fact]
    public void Parse_SampleLink_SplitsNumberProjectDetail()
    {
        var link = StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進");

        Assert.False(link.IsNone);
        Assert.Equal(2, link.Number);
        Assert.Equal("かみのやま「来てよし」プロジェクト", link.Project);
        Assert.Equal("移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進", link.Detail);
    }

    [Fact]
    public void Parse_NoSpaceAfterNumber_StillSplits()
    {
        var link = StrategyLink.Parse("2かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進（第2期創生総合戦略）");

        Assert.Equal(2, link.Number);
        Assert.Equal("かみのやま「来てよし」プロジェクト", link.Project);
        Assert.EndsWith("（第2期創生総合戦略）", link.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoProjectWord_KeepsTextAsDetail()
    {
        var link = StrategyLink.Parse("地域資源を活用した交流人口の増加");

        Assert.Null(link.Number);
        Assert.Null(link.Project);
        Assert.Equal("地域資源を活用した交流人口の増加", link.Detail);
    }

    [Fact]
    public void Read_Empty_FailsWithMessage()
    {
        var result = StrategyLink.Read("  ");

        Assert.False(result.Success);
        Assert.Equal(Messages.ExpectedStrategyLink, result.Message);
        Assert.False(StrategyLink.TryParse("", out _));
    }

    [Fact]
    public void Equality_ByText() =>
        Assert.Equal(StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト"), StrategyLink.Parse(" 2 かみのやま「来てよし」プロジェクト "));
}
