using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli.Tests;

/// <summary>
/// Every mistake a user makes on the command line is one clear line on standard error and exit 2: never a stack trace,
/// never another city's findings, never pages of mojibake.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-bad-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Cache => Path.Combine(_folder.FullName, "cache");

    [Fact]
    public void Check_AFolderWithNoDocuments_IsAnError_NotTheBundledSample()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "export")).FullName;

        var run = CliRun.Of("check", "--cache", Cache, empty);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"{empty}(1,1): error KRD006: The folder holds no document (*.txt, *.json).\n", run.Error);
    }

    [Fact]
    public void Export_AFolderWithNoDocuments_IsAnError()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "export")).FullName;

        var run = CliRun.Of("export", empty);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"{empty}(1,1): error KRD006: The folder holds no document (*.txt, *.json).\n", run.Error);
    }

    [Theory]
    [InlineData("nosuch", "The rules folder does not exist.")]
    [InlineData("empty", "The rules folder holds no rule file (*.csx).")]
    public void Check_ARulesFolderThatGivesNoRules_IsKrl005AtTheFolder(string name, string message)
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty"));
        var rules = Path.Combine(_folder.FullName, name);

        var run = CliRun.Of("check", "--cache", Cache, "--rules", rules);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"{rules}(1,1): error KRL005: {message}\n", run.Error);
    }

    [Fact]
    public void Check_AnOutputInAFolderThatDoesNotExist_IsOneLine()
    {
        var output = Path.Combine(_folder.FullName, "nonexistent", "x.sarif");

        var run = CliRun.Of("check", "--cache", Cache, "--format", "sarif", "--output", output);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"{output}: error: cannot write the output: its folder does not exist.\n", run.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export")]
    public void AnUnknownOption_IsNotTakenForAFileName(string command)
    {
        var run = CliRun.Of(command, "--nosuch");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("error: unknown option --nosuch (see --help)\n", run.Error);
    }

    [Fact]
    public void Check_ABinaryFile_SaysItIsNotText_AndNothingElse()
    {
        var binary = Path.Combine(_folder.FullName, "photo.txt");
        File.WriteAllBytes(binary, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 256))]);

        var run = CliRun.Of("check", "--cache", Cache, binary);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 2);
        Assert.All(lines, l => Assert.Contains(": error KRD001: The input ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AConfigurationWithAnUnknownSetting_NamesTheSetting_NotATypeOfTheLibrary()
    {
        var config = Path.Combine(_folder.FullName, "kamiyama.json");
        File.WriteAllText(config, "{\n  \"rules\": {},\n  \"timelimit\": 5\n}\n");

        var run = CliRun.Of("check", "--cache", Cache, "--config", config);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"{config}(3,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error KRC001: 'timelimit' is not a setting here (at $.timelimit)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Kamiyama.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Dash_ReadsStandardInput_AsTheSameDocument()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(TextLayoutWriter.Write(TextSheetSource.Bundled().Read().Document));

        var piped = CliRun.WithInput(text, "check", "--cache", Cache, "-");
        var sample = CliRun.Of("check", "--cache", Cache);

        Assert.Equal((1, string.Empty), (piped.ExitCode, piped.Error));
        Assert.StartsWith("-(", piped.Output, StringComparison.Ordinal);
        Assert.EndsWith("3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)\n", piped.Output, StringComparison.Ordinal);
        Assert.Equal(LastLine(sample.Output), LastLine(piped.Output));
    }

    private static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];
}
