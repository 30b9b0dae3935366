using Kamiyama.Domain.Samples;

namespace Kamiyama.Cli.Tests;

/// <summary><c>kamiyama report</c>: the report people read, written whatever the rules found; the same options as <c>check</c>.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-report-");

    private string Cache => Path.Combine(_folder.FullName, "cache");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Report_OnTheSample_WritesMarkdown_AndExitsZeroDespiteTheErrors()
    {
        var run = CliRun.Of("report", "--cache", Cache);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# 令和4年度 施策・事業評価の点検結果\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("| ❌ エラー | 3 |", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);

        // check says the same document has errors.
        Assert.Equal(1, CliRun.Of("check", "--cache", Cache).ExitCode);
    }

    [Fact]
    public void Report_AsHtmlInEnglish_ToAFile()
    {
        var output = Path.Combine(_folder.FullName, "report.html");

        var run = CliRun.Of("report", "--cache", Cache, "--format", "html", "--culture", "en", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>FY2022 (令和4年度) plan evaluation: check results</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAFileUnderTheBase_NamesItRelativeToIt()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "docs"));
        var file = Path.Combine(docs.FullName, "r4.txt");
        File.WriteAllText(file, BundledSample.ReadText());

        var relative = CliRun.Of("check", "--cache", Cache, "--base", _folder.FullName, file);
        var elsewhere = CliRun.Of("check", "--cache", Cache, "--base", docs.FullName, "--format", "markdown", file);

        Assert.Contains("\ndocs/r4.txt(", "\n" + relative.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, relative.Output, StringComparison.Ordinal);
        Assert.Contains("(r4.txt(", elsewhere.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, elsewhere.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAnUnreadableDocument_ShowsTheDiagnostic_AndExitsTwo()
    {
        var broken = Path.Combine(_folder.FullName, "broken.json");
        File.WriteAllText(broken, "{ \"schemaVersion\": 1, ");

        var run = CliRun.Of("report", "--cache", Cache, "--format", "html", "--base", _folder.FullName, broken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<section class=\"group\" id=\"diagnostics\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json(", run.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json(", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--culture", "fr")]
    public void Report_WithAnUnknownFormatOrCulture_IsAUsageError(string option, string value)
    {
        var run = CliRun.Of("report", "--cache", Cache, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
