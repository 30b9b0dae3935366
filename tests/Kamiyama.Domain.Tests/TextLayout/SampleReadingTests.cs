using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Sample;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

public class SampleReadingTests
{
    private static readonly ReadResult Result = TextSheetSource.Bundled().Read();

    [Fact]
    public void Read_Sample_HasNoDiagnostics() => Assert.Empty(Result.Diagnostics);

    [Fact]
    public void Read_Sample_EveryValueEqualsTheHandBuiltModel()
    {
        var expected = KaminoyamaSample.Build();

        Assert.Equal(expected.FiscalYear, Result.Document.FiscalYear);
        Assert.Equal(expected.Sheets.Count, Result.Document.Sheets.Count);
        for (var i = 0; i < expected.Sheets.Count; i++)
        {
            Assert.Equal(expected.Sheets[i], Result.Document.Sheets[i]);
        }

        Assert.Equal(expected, Result.Document);
    }
}
