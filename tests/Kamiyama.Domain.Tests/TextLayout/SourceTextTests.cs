using System.Text;
using System.Text.RegularExpressions;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

public class SourceTextTests
{
    private static (int Number, string Text)[] LinesOf(string text) =>
        [.. SourceText.Lines(text).Select(l => (l.Number, l.Text.ToString()))];

    [Theory]
    [InlineData("a\nb", "1:a|2:b")]
    [InlineData("a\r\nb\rc\n\nd", "1:a|2:b|3:c|5:d")]
    [InlineData("\n \t\n\u3000\r\nx\n", "4:x")]
    [InlineData("a\r\r\nb", "1:a|3:b")]
    [InlineData("", "")]
    public void Lines_LineBreaks_NumberTheNonBlankLinesAsInTheText(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', LinesOf(text).Select(l => $"{l.Number}:{l.Text}")));

    [Fact]
    public void Lines_AnyText_AreTheNonBlankLinesOfASplitAtEachLineBreak() =>
        Gen.Char["a所 \t\u3000\r\n"].Array[0, 60].Select(chars => new string(chars)).Sample(
            text =>
            {
                var expected = Regex.Split(text, "\r\n|\r|\n")
                    .Select((line, i) => (Number: i + 1, Text: line))
                    .Where(l => !string.IsNullOrWhiteSpace(l.Text));
                Assert.Equal(expected, LinesOf(text));
            },
            iter: 3000);

    [Fact]
    public void Decode_ReplacementCharacterWrittenInTheText_IsNotReportedAsInvalid()
    {
        var context = new ReaderContext("x.txt", ReadOptions.Default);

        var text = SourceText.Decode(Encoding.UTF8.GetBytes("a\uFFFDb\n"), context);

        Assert.Equal("a\uFFFDb\n", text);
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public void Decode_InvalidBytesBesideAWrittenReplacementCharacter_CountsOnlyTheInvalidBytes()
    {
        var context = new ReaderContext("x.txt", ReadOptions.Default);
        var bytes = Encoding.UTF8.GetBytes("\uFFFD\n").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        SourceText.Decode(bytes, context);

        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("The input is not UTF-8 text: 1 invalid byte sequence(s), the first at byte 4; it is not read further (save it as UTF-8).", diagnostic.Message);
        Assert.Equal(2, diagnostic.Position!.Value.Line);
    }
}
