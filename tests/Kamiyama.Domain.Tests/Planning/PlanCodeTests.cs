using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Planning;

public class PlanCodeTests
{
    [Theory]
    [InlineData("5-1-1", 5, 1, 1, PlanLevel.Measure)]
    [InlineData("５－１－１", 5, 1, 1, PlanLevel.Measure)]
    [InlineData("5‐1‐1", 5, 1, 1, PlanLevel.Measure)]
    [InlineData("5−1−1", 5, 1, 1, PlanLevel.Measure)]
    [InlineData("5-1", 5, 1, 0, PlanLevel.Policy)]
    [InlineData("5", 5, 0, 0, PlanLevel.Chapter)]
    [InlineData(" 12-10-3 ", 12, 10, 3, PlanLevel.Measure)]
    public void Parse_Codes_ReadsLevels(string text, int chapter, int policy, int measure, PlanLevel level)
    {
        var code = PlanCode.Parse(text);

        Assert.Equal(chapter, code.Chapter);
        Assert.Equal(policy, code.Policy);
        Assert.Equal(measure, code.Measure);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("", 0, Messages.ExpectedPlanCodeNumber)]
    [InlineData("a-1", 0, Messages.ExpectedPlanCodeNumber)]
    [InlineData("5-0-1", 2, Messages.PlanCodeZero)]
    [InlineData("5-1-1-2", 6, Messages.PlanCodeTooDeep)]
    [InlineData("5-1-1 多様な担い手", 6, "Unexpected text '多様な担い手' after the value.")]
    [InlineData("5-", 1, "Unexpected text '-' after the value.")]
    public void Read_Invalid_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = PlanCode.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Position);
        Assert.Equal(message, result.Message);
        Assert.False(PlanCode.TryParse(text, out _));
    }

    [Fact]
    public void Parent_WalksUpTheLevels()
    {
        var measure = PlanCode.Parse("5-1-1");

        Assert.Equal(PlanCode.Parse("5-1"), measure.Parent);
        Assert.Equal(new PlanCode(5), measure.Parent!.Value.Parent);
        Assert.Null(new PlanCode(5).Parent);
    }

    [Fact]
    public void IsAncestorOf_OnlyForContainingCodes()
    {
        var measure = PlanCode.Parse("5-1-1");

        Assert.True(new PlanCode(5).IsAncestorOf(measure));
        Assert.True(PlanCode.Parse("5-1").IsAncestorOf(measure));
        Assert.False(PlanCode.Parse("5-2").IsAncestorOf(measure));
        Assert.False(new PlanCode(6).IsAncestorOf(measure));
        Assert.False(measure.IsAncestorOf(measure));
    }

    [Fact]
    public void CompareTo_SortsNumerically()
    {
        var codes = new[] { "5-10-1", "5-2-1", "5-1", "5", "5-1-2", "5-1-1", "10-1-1" }.Select(c => PlanCode.Parse(c)).Order();

        Assert.Equal(["5", "5-1", "5-1-1", "5-1-2", "5-2-1", "5-10-1", "10-1-1"], codes.Select(c => c.ToString()));
    }

    [Fact]
    public void New_MeasureWithoutPolicy_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new PlanCode(5, 0, 1));

    [Fact]
    public void TryFormat_WritesCode()
    {
        Span<char> buffer = stackalloc char[10];

        Assert.True(PlanCode.Parse("5-1-1").TryFormat(buffer, out var written, default, null));
        Assert.Equal("5-1-1", buffer[..written].ToString());
        Assert.False(PlanCode.Parse("5-1-1").TryFormat(buffer[..3], out written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void RoundTrip_AllShapes() =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[1, 999], CsCheck.Gen.Int[0, 999], CsCheck.Gen.Int[0, 999]).Sample((c, p, m) =>
        {
            var code = new PlanCode(c, p, p == 0 ? 0 : m);
            Assert.Equal(code, PlanCode.Parse(code.ToString()));
        });
}
