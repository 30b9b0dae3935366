using Kamiyama.Domain.Samples;

namespace Kamiyama.Domain.Tests.Sheets;

public class BundledSampleTests
{
    [Fact]
    public void ReadText_IsTheKaminoyamaChapter5Document()
    {
        var text = BundledSample.ReadText();

        Assert.Contains("第5章 つながる『みんなで創る住みよいまち』", text, StringComparison.Ordinal);
        Assert.Equal(9, text.Split("令和4年度 実施計画兼予算要求書（検証）").Length - 1);
        Assert.Equal(511, text.Split('\n').Length - 1);
    }

    [Fact]
    public void ReadText_MatchesTheCopyInTheRepository()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Kamiyama.Domain.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        Assert.NotNull(root);
        Assert.Equal(File.ReadAllText(Path.Combine(root, "samples", BundledSample.FileName)), BundledSample.ReadText());
    }
}
