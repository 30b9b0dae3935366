using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Sample;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

public class WriterTests
{
    private static ReadResult ReadText(string text) => TextSheetSource.FromString(text, "written.txt").Read();

    [Fact]
    public void Write_Sample_ReadsBackToAnEqualModelWithoutDiagnostics()
    {
        var original = TextSheetSource.Bundled().Read().Document;

        var again = ReadText(TextLayoutWriter.Write(original));

        Assert.Empty(again.Diagnostics);
        Assert.Equal(original, again.Document);
        Assert.Equal(KaminoyamaSample.Build(), again.Document);
    }

    [Fact]
    public void Write_IsDeterministicAndStable()
    {
        var text = TextLayoutWriter.Write(KaminoyamaSample.Build());

        Assert.Equal(text, TextLayoutWriter.Write(KaminoyamaSample.Build()));
        Assert.Equal(text, TextLayoutWriter.Write(ReadText(text).Document));
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Write_KeepsTheShiftedCarriedOverCellsAndNotApplicableMarks()
    {
        var text = TextLayoutWriter.Write(KaminoyamaSample.Build());

        Assert.Contains("事業費（千円）\t\t2,550\t652\t—\n", text, StringComparison.Ordinal);
        Assert.Contains("\t学生訪問団派遣人数\t－人\t－人\t8人\n", text, StringComparison.Ordinal);
        Assert.Contains("目標値\t第7次上山市振興計画の市民浸透度\t17.0%\t18.4%\t18.0%\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnrecognizedLines_SurviveARoundTrip()
    {
        var document = KaminoyamaSample.Build();
        var sheets = document.Sheets.Select((s, i) => i is 0 or 1 ? s with { Unrecognized = ["備考：担当者確認済み"] } : s);
        var changed = new EvaluationDocument(document.FiscalYear, sheets);

        var again = ReadText(TextLayoutWriter.Write(changed));

        Assert.Equal(changed, again.Document);
        Assert.Equal(2, again.Diagnostics.Count(d => d.Code == ReaderDiagnosticCodes.Unrecognized));
    }
}
