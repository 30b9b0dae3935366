using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Text;

public class JapaneseTextTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("２０２２", 2022)]
    [InlineData("十二", 12)]
    [InlineData("十", 10)]
    [InlineData("三十一", 31)]
    [InlineData("六十四", 64)]
    [InlineData("百", 100)]
    [InlineData("二千二十二", 2022)]
    [InlineData("二〇二二", 2022)]
    [InlineData("一万二千", 12000)]
    [InlineData("弐拾", 20)]
    public void TryReadInteger_Numerals_ReadsValue(string text, int expected)
    {
        var position = 0;

        Assert.True(JapaneseText.TryReadInteger(text, ref position, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(text.Length, position);
    }

    [Theory]
    [InlineData("十十")]
    [InlineData("十百")]
    [InlineData("二三十")]
    [InlineData("年")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void TryReadInteger_NotANumber_LeavesPosition(string text)
    {
        var position = 0;

        Assert.False(JapaneseText.TryReadInteger(text, ref position, out _));
        Assert.Equal(0, position);
    }

    [Theory]
    [InlineData('４', '4')]
    [InlineData('Ｒ', 'R')]
    [InlineData('％', '%')]
    [InlineData('，', ',')]
    [InlineData('\u3000', ' ')]
    [InlineData('令', '令')]
    public void Fold_FullWidth_IsAscii(char input, char expected) => Assert.Equal(expected, JapaneseText.Fold(input));
}
