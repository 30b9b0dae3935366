using Kamiyama.Domain;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;
using Snapshooter.Xunit;

namespace Kamiyama.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Export_NoArguments_WritesTheBundledSampleAsJson()
    {
        var run = CliRun.Of("export");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(EvaluationJson.Serialize(Sample) + "\n", run.Output);
        Assert.Equal(Sample, EvaluationJson.Deserialize(run.Output));
    }

    [Fact]
    public void Export_FormatText_WritesThePublishedLayout()
    {
        var run = CliRun.Of("export", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, RepositoryFiles.Snapshot("ExportCommandTests.SampleAsText"));
        Assert.Equal(Sample, TextSheetSource.FromString(run.Output, "exported.txt").Read().Document);
    }

    [Fact]
    public void Export_JsonFileBackToText_GivesTheSameTextAsTheOriginal()
    {
        var json = File("sample.json", EvaluationJson.Serialize(Sample));

        var run = CliRun.Of("export", json, "-f", "text");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(TextLayoutWriter.Write(Sample), run.Output);
    }

    [Fact]
    public void Export_Output_WritesTheFileAndNothingToStandardOutput()
    {
        var target = Path.Combine(_folder.FullName, "out.json");

        var run = CliRun.Of("export", "--output", target);

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Output, run.Error));
        Assert.Equal(Sample, EvaluationJson.Deserialize(System.IO.File.ReadAllText(target)));
    }

    [Fact]
    public void Export_SeveralFiles_CombinesTheirSheets()
    {
        var text = TextLayoutWriter.Write(Sample);

        var run = CliRun.Of("export", File("a.txt", text), File("b.txt", text));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(30, EvaluationJson.Deserialize(run.Output).Sheets.Count);
    }

    [Fact]
    public void Export_UnreadableInput_Exits2WithLocatedErrorsOnStandardError()
    {
        var text = TextLayoutWriter.Write(Sample).Replace("\t17回\t", "\t十七回くらい\t", StringComparison.Ordinal);
        var line = 1 + text.Split('\n').TakeWhile(l => !l.Contains("十七回くらい", StringComparison.Ordinal)).Count();
        var bad = File("bad.txt", text);

        var run = CliRun.Of("export", bad);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            $"{bad}({line},29): error KRD021: The actual of '人権擁護委員による市内の啓発・相談回数' is not a value: Expected a number with an optional unit (17.0 %, 6回), a not-applicable mark (－, －人, —) or nothing. It is kept as text.\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Export_MissingFile_Exits2()
    {
        var missing = Path.Combine(_folder.FullName, "nosuch.txt");

        var run = CliRun.Of("export", missing);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"{missing}(1,1): error KRD005: No such file or folder.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Export_DifferentFiscalYears_Exits2()
    {
        var text = TextLayoutWriter.Write(Sample);
        var later = text.Replace("令和5年度", "令和6年度", StringComparison.Ordinal).Replace("令和4年度", "令和5年度", StringComparison.Ordinal);

        var (r4, r5) = (File("r4.txt", text), File("r5.txt", later));

        var run = CliRun.Of("export", r4, r5);

        // At the first sheet of the document that disagrees, naming the one it disagrees with.
        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Matches(
            "^" + System.Text.RegularExpressions.Regex.Escape(r5) + @"\([0-9]+,1\): error KRD008: This document is for 令和5年度, but " + System.Text.RegularExpressions.Regex.Escape(r4) + " is for 令和4年度: documents of different fiscal years cannot be read as one.\n$",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Export_Strict_TurnsUnrecognisedContentIntoAnError()
    {
        var path = File("extra.txt", "表紙\n\n" + TextLayoutWriter.Write(Sample));

        var lenient = CliRun.Of("export", path);
        var strict = CliRun.Of("export", path, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains($"{path}(1,1): warning KRD010:", lenient.Error, StringComparison.Ordinal);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains($"{path}(1,1): error KRD010:", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_UnknownFormat_Exits2()
    {
        var run = CliRun.Of("export", "--format", "xml");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    private string JsonWithReason(string name, string reason) =>
        File(name, EvaluationJson.Serialize(new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Select((s, i) => i == 0 ? s with { Reason = reason } : s))));

    [Fact]
    public void Export_TextRefused_Exits2NamingTheFileSheetAndFieldAndWritesNoFile()
    {
        var json = JsonWithReason("heading.json", "乖離の理由\n目標の実現に向けた今後の取組\n残りの理由");
        var target = Path.Combine(_folder.FullName, "out.txt");

        var run = CliRun.Of("export", json, "--format", "text", "--output", target);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Matches(
            "^" + System.Text.RegularExpressions.Regex.Escape(json) + @"\([0-9]+,[0-9]+\): error KRW005: 5-1-1/理由: line 2 '目標の実現に向けた今後の取組' would read as the 目標の実現に向けた今後の取組 heading; the published layout has no way to escape it\.\n"
            + @"error: nothing was exported: 1 value\(s\) cannot be written in the published text layout \(see above\)\.\n$",
            run.Error.ReplaceLineEndings("\n"));
        Assert.False(System.IO.File.Exists(target));
    }

    [Fact]
    public void Export_NulInJson_IsKeptAsJsonAndRefusedAsText()
    {
        var json = JsonWithReason("nul.json", "乖離\0あり");

        var asJson = CliRun.Of("export", json);
        var asText = CliRun.Of("export", json, "--format", "text");

        Assert.Equal((0, string.Empty), (asJson.ExitCode, asJson.Error));
        Assert.Contains("乖離\\u0000あり", asJson.Output, StringComparison.Ordinal);
        Assert.Equal((2, string.Empty), (asText.ExitCode, asText.Output));
        Assert.Contains("error KRW001: 5-1-1/理由: character 3 is NUL (U+0000)", asText.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", asText.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TextToStandardOutput_IsTheLibrarysText()
    {
        var run = CliRun.Of("export", File("sample.json", EvaluationJson.Serialize(Sample)), "--format", "text");

        Assert.Equal((0, string.Empty, TextLayoutWriter.Write(Sample)), (run.ExitCode, run.Error, run.Output));
    }
}
