using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Tests;

public class EvaluationDocumentTests
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    [Fact]
    public void Combine_TwoHalves_EqualsTheWholeAndKeepsPositions()
    {
        var first = new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Take(7), sources: Sample.Sources);
        var second = new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Skip(7), sources: Sample.Sources);

        var combined = EvaluationDocument.Combine([first, second]);

        Assert.Equal(Sample, combined);
        Assert.Equal(Sample.Sources.Find(Sample.Sheets[10]), combined.Sources.Find(combined.Sheets[10]));
        Assert.Equal(3, combined.ProjectsOf(Kamiyama.Domain.Planning.PlanCode.Parse("5-4-1")).Count);
    }

    [Fact]
    public void Combine_DifferentFiscalYears_Throws()
    {
        var other = new EvaluationDocument(new FiscalYear(2023), Sample.Sheets.Take(1));

        var exception = Assert.Throws<ArgumentException>(() => EvaluationDocument.Combine([Sample, other]));

        Assert.StartsWith("The documents name different fiscal years: 令和4年度, 令和5年度.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_UnknownYearJoinsAKnownOne() =>
        Assert.Equal(Sample.FiscalYear, EvaluationDocument.Combine([new EvaluationDocument(null, []), Sample]).FiscalYear);
}
