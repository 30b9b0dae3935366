using Kamiyama.Domain.Text;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

/// <summary>The span-based label and cell helpers against the string-based ones they replaced, kept here as oracles.</summary>
public class LabelsTests
{
    private static readonly string[] KnownCells =
        ["区分", "目標値", "目標", "活動指標", "事業費", "事業費(千円)", "事業費（千円）", "従事人工", "所属", "施策", "事業", "予算科目", "創生総合戦略", string.Empty];

    private static readonly Gen<string> CellText = Gen.OneOf(
        Gen.OneOf(KnownCells),
        Gen.Char["事業費千円目標 \u3000()（）#-1２"].Array[0, 12].Select(chars => new string(chars)));

    private static string OldRowLabel(string cell)
    {
        var folded = cell.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal)
            .Replace('(', '（').Replace(')', '）');
        return folded == "事業費" ? Labels.CostRow : folded;
    }

    private static string OldStripHeadingMarks(string text)
    {
        var span = text.AsSpan().TrimStart().TrimStart('#').TrimStart();
        if (span.Length > 1 && span[0] == '-' && char.IsWhiteSpace(span[1]))
        {
            span = span[1..].TrimStart();
        }

        return span.TrimEnd().ToString();
    }

    private static (int? Number, string Text) OldSplitNumber(string text)
    {
        var digits = text.TakeWhile(JapaneseText.IsAsciiOrWideDigit).Count();
        if (digits == 0 || digits > 4 || digits >= text.Length || !char.IsWhiteSpace(text[digits]))
        {
            return (null, text);
        }

        var rest = text[digits..].Trim();
        return rest.Length == 0 ? (null, text) : (int.Parse(new string([.. text[..digits].Select(JapaneseText.Fold)]), System.Globalization.CultureInfo.InvariantCulture), rest);
    }

    [Theory]
    [InlineData("事業費", "事業費（千円）")]
    [InlineData("事業費 (千円)", "事業費（千円）")]
    [InlineData("目標\u3000値", "目標値")]
    [InlineData("", "")]
    [InlineData("(その他)", "（その他）")]
    public void RowLabel_Cell_IsFoldedLabel(string cell, string expected) => Assert.Equal(expected, Labels.RowLabel(cell));

    [Fact]
    public void RowLabel_AnyCell_AsTheStringFolding() =>
        CellText.Sample(cell => Assert.Equal(OldRowLabel(cell), Labels.RowLabel(cell)), iter: 3000);

    [Fact]
    public void RowLabel_LongCell_IsFoldedWhole()
    {
        var cell = string.Concat(Enumerable.Repeat("活動 (指標) ", 20));

        Assert.Equal(OldRowLabel(cell), Labels.RowLabel(cell));
    }

    [Fact]
    public void StripHeadingMarksAndSplitNumber_AnyLine_AsTheStringVersions() =>
        Gen.Char["#- \u3000\t1２a目(）"].Array[0, 14].Select(chars => new string(chars)).Sample(
            text =>
            {
                var stripped = Labels.StripHeadingMarks(text);
                Assert.Equal(OldStripHeadingMarks(text), stripped.ToString());

                var number = Labels.SplitNumber(stripped, out var rest);
                Assert.Equal(OldSplitNumber(stripped.ToString()), (number, rest.ToString()));
            },
            iter: 3000);

    [Fact]
    public void Cells_AnyRow_AreTheTrimmedTabSeparatedCellsWithTheirColumns() =>
        Gen.Char["a所 \t\u3000"].Array[0, 30].Select(chars => new string(chars)).Sample(
            text =>
            {
                var line = new Line(1, text);
                var start = 0;
                var expected = new List<Cell>();
                foreach (var raw in text.Split('\t'))
                {
                    expected.Add(new Cell(raw.Trim(), start + (raw.Length - raw.TrimStart().Length) + 1));
                    start += raw.Length + 1;
                }

                Assert.Equal(expected, line.Cells());
                Assert.Equal(expected[0].Text, line.FirstCell.ToString());
            },
            iter: 3000);
}
