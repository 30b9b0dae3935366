using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Rules.Tests.Reports;

public sealed class OneLineTests
{
    [Theory]
    [InlineData("plain 理由 text", "plain 理由 text")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("\u001b[31mred", @"\u001B[31mred")]
    [InlineData("nul\0", @"nul\u0000")]
    [InlineData("del\u007f", @"del\u007F")]
    [InlineData("c1\u0085\u009b", @"c1\u0085\u009B")]
    [InlineData("bidi\u202Eevil\u2066", @"bidi\u202Eevil\u2066")]
    [InlineData("sep\u2028\u2029", @"sep\u2028\u2029")]
    [InlineData("arabic mark\u061C, zero width\u200B, bom\uFEFF", @"arabic mark\u061C, zero width\u200B, bom\uFEFF")]
    [InlineData(@"C:\path\file.txt", @"C:\path\file.txt")]
    public void Escape_ControlAndInvisibleCharacters_AreWrittenAsEscapes(string text, string expected)
    {
        Assert.Equal(expected, OneLine.Escape(text));
    }

    [Fact]
    public void Escape_EveryCharacter_NeverLeavesALineBreakOrControlCharacter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var escaped = OneLine.Escape("x" + (char)c + "y");
            Assert.False(escaped.Any(ch => char.IsControl(ch) || ch is '\u2028' or '\u2029' || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.Format), $"U+{c:X4}");
        }
    }
}
