using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Cli.Tests;

/// <summary>
/// A city's own rules run beside the built-in ones; ids are unique across all; a configuration that names a rule the set
/// does not have is an error; <c>kamiyama rules</c> lists the set and writes the built-in rule files to start from.
/// </summary>
public sealed class RuleSetCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-rules-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Cache => Path.Combine(_folder.FullName, "cache");

    private string Rules => Path.Combine(_folder.FullName, "rules");

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Rule(string className, string id) => $$"""
        public sealed class {{className}} : Rule<MeasureSheet>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "{{id}}", Title = "施策の確認", DefaultSeverity = DiagnosticSeverity.Warning, Category = "c", MessageFormat = "施策 {code}", Description = "d",
            };

            public override void Check(MeasureSheet sheet, RuleContext context) => context.Report(("code", sheet.Code));
        }
        """;

    [Fact]
    public void Check_WithARulesFolder_RunsItBesideTheBuiltInRules()
    {
        Write("rules/CITY001.csx", Rule("MeasureCheck", "CITY001"));

        var run = CliRun.Of("check", "--cache", Cache, "--rules", Rules);

        // The sample's 17 built-in findings (3 errors, 11 warnings, 3 notes), and one warning per 施策 sheet.
        var measures = Domain.TextLayout.TextSheetSource.Bundled().Read().Document.MeasureSheets.Count();
        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("warning CITY001: 施策 5-1-1", run.Output, StringComparison.Ordinal);
        Assert.Contains("error KMY001:", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"3 errors, {11 + measures} warnings, 3 notes in 15 sheets (10 rules)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ARuleIdTheBuiltInSetHasAlready_IsRefused_NamingBothFiles()
    {
        var file = Write("rules/mine.csx", Rule("MyReasonRule", "KMY001"));

        var run = CliRun.Of("check", "--cache", Cache, "--rules", Rules);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("error KRL003: The rule id KMY001 is declared 2 times:", run.Error, StringComparison.Ordinal);
        Assert.Contains("rules/KMY001-reason-required.csx", run.Error, StringComparison.Ordinal);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AConfigurationThatNamesARuleNotInTheSet_IsKrc002AtThatName()
    {
        var config = Write("kamiyama.json", "{\n  \"rules\": {\n    \"CITY999\": { \"enabled\": false }\n  }\n}\n");

        var run = CliRun.Of("check", "--cache", Cache, "--config", config);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"{config}(3,5): error KRC002: The rule CITY999 is not in the rule set (9 rules: KMY001, KMY002,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoBuiltInWithoutAFolder_IsAnError()
    {
        var run = CliRun.Of("check", "--cache", Cache, "--no-built-in");

        Assert.Equal((2, string.Empty, "error: --no-built-in leaves no rules: give a folder with --rules.\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void Rules_ListsTheSet_IdSeverityTitleAndSource()
    {
        Write("rules/CITY001.csx", Rule("MeasureCheck", "CITY001"));

        var builtIn = CliRun.Of("rules", "--cache", Cache);
        var both = CliRun.Of("rules", "--cache", Cache, "--rules", Rules);

        Assert.Equal((0, string.Empty), (builtIn.ExitCode, builtIn.Error));
        var lines = builtIn.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.Equal("KMY001\terror\t乖離があるのに理由がない\trules/KMY001-reason-required.csx", lines[0]);
        Assert.Equal("9 rules", lines[^1]);
        Assert.Contains($"CITY001\twarning\t施策の確認\t{Path.Combine(Rules, "CITY001.csx")}\n", both.Output, StringComparison.Ordinal);
        Assert.EndsWith("10 rules\n", both.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_WriteBuiltIn_GivesFilesThatRunAsTheBuiltInRules_AndNeverOverwrites()
    {
        var copy = Path.Combine(_folder.FullName, "start");

        var written = CliRun.Of("rules", "--write-built-in", copy);
        var fromCopy = CliRun.Of("check", "--cache", Cache, "--rules", copy, "--no-built-in");
        var builtIn = CliRun.Of("check", "--cache", Cache);
        var again = CliRun.Of("rules", "--write-built-in", copy);

        Assert.Equal((0, string.Empty), (written.ExitCode, written.Error));
        Assert.Equal(RuleLoader.BuiltInSources().Select(s => Path.GetFileName(s.Path)), Directory.GetFiles(copy).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal((1, builtIn.Output.Split('\n')[^2]), (fromCopy.ExitCode, fromCopy.Output.Split('\n')[^2]));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("error: the file exists; nothing was written", again.Error, StringComparison.Ordinal);
    }
}
