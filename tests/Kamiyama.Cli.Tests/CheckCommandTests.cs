using System.Text.Json;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-check-");

    private string Cache => Path.Combine(_folder.FullName, "cache");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private CliRun Check(params string[] args) => CliRun.Of(["check", "--cache", Cache, .. args]);

    private static string Rule(string id, string body) => $$"""
        public sealed class Rule{{id}} : Rule<Sheet>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "{{id}}", Title = "t", DefaultSeverity = DiagnosticSeverity.Warning, Category = "c", MessageFormat = "m {x}", Description = "d",
            };

            public override void Check(Sheet sheet, RuleContext context)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public void Check_NoArguments_ReportsTheSamplesDefectsAndExits1()
    {
        var run = Check();

        var expected = RuleLoader.LoadBuiltIn(new RuleLoadOptions { UseCache = false }).RuleSet!.Evaluate(TextSheetSource.Bundled().Read().Document);
        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(TextReport.Write(expected) + "3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)\n", run.Output);
    }

    [Fact]
    public void Check_Sarif_IsSarif210WithTheRules()
    {
        var run = Check("--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(9, sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal(17, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Check_RuleWithATypo_Exits2WithTheErrorAtItsOwnLine()
    {
        var rules = Path.Combine(_folder.FullName, "rules");
        var file = Write("rules/CITY001.csx", Rule("CITY001", "var x = 1\n        context.Report((\"x\", x));"));

        var run = Check("--rules", rules);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains($"{file}(10,18): error KRL001: CS1002: ; expected", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleThatTouchesFiles_IsRefusedByTheGate()
    {
        var rules = Path.Combine(_folder.FullName, "rules");
        var file = Write("rules/CITY002.csx", Rule("CITY002", "var text = System.IO.File.ReadAllText(\"/etc/passwd\");"));

        var run = Check("--rules", rules);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}(10,35): error KRL002: System.IO.File.ReadAllText is not allowed in rules: it reads or writes files.", run.Error, StringComparison.Ordinal);
        Assert.Contains("error KRL002:", run.Error, StringComparison.Ordinal);
        Assert.Contains("System.IO.File.ReadAllText", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EndlessRule_IsStoppedAndReported_AndTheOtherRulesStillRun()
    {
        var rules = Path.Combine(_folder.FullName, "rules");
        Write("rules/CITY003.csx", Rule("CITY003", "while (true) { }"));
        Write("rules/CITY004.csx", Rule("CITY004", "context.Report((\"x\", sheet.Title));"));
        var config = Write("kamiyama.json", """{ "timeLimitMs": 100 }""");

        var run = Check("--rules", rules, "--config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kaminoyama-r4-chapter5.txt(3,1): error KRE001: CITY003 failed at 5-1-1 and was skipped for this subject: RuleTimeoutException", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Contains("kaminoyama-r4-chapter5.txt(3,1): warning CITY004: m 5-1-1 多様な担い手が参画するまちづくりの推進", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("process")]
    [InlineData("none")]
    public void Check_EndlessRule_IsStoppedTheSameWay_InAWorkerAndInProcess(string isolation)
    {
        var rules = Path.Combine(_folder.FullName, "rules");
        Write("rules/CITY003.csx", Rule("CITY003", "while (true) { }"));
        Write("rules/CITY004.csx", Rule("CITY004", "context.Report((\"x\", sheet.Title));"));
        var config = Write("kamiyama.json", """{ "timeLimitMs": 100 }""");

        var run = Check("--rules", rules, "--no-built-in", "--config", config, "--isolation", isolation);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("kaminoyama-r4-chapter5.txt(3,1): error KRE001: CITY003 failed at 5-1-1 and was skipped for this subject: RuleTimeoutException", run.Error + run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 15 warnings, 0 notes, 1 rule failure in 15 sheets (2 rules)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleThatOverflowsTheStackInFrameworkCode_EndsOnlyItsWorker_TheOtherRuleStillReports()
    {
        // A million chained Distinct() iterators: Count() recurses through framework code no guard can reach, and no .NET
        // process survives the overflow. By default a folder's rules run in a worker, so only the worker dies.
        var rules = Path.Combine(_folder.FullName, "rules");
        Write("rules/CITY005.csx", Rule("CITY005", "if (context.Subject.Path != \"5-3-1\") { return; } IEnumerable<int> e = new[] { 1 }; for (var i = 0; i < 1_000_000; i++) { e = e.Distinct(); } _ = e.Count();"));
        Write("rules/CITY006.csx", Rule("CITY006", "context.Report((\"x\", sheet.Title));"));

        var run = Check("--rules", rules, "--no-built-in");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"kaminoyama-r4-chapter5\.txt\([0-9]+,1\): error KRE001: CITY005 failed at 5-3-1 and was skipped for this subject: The rule worker crashed \(stack overflow\) while CITY005 checked this subject", run.Error + run.Output);
        Assert.EndsWith("0 errors, 15 warnings, 0 notes, 1 rule failure in 15 sheets (2 rules)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationNextToTheDocuments_SuppressesAndOverrides()
    {
        Write("docs/sample.txt", TextLayoutWriter.Write(TextSheetSource.Bundled().Read().Document));
        Write("docs/kamiyama.json", """
            {
              "rules": { "KMY003": { "enabled": false } },
              "suppressions": [ { "rule": "KMY001", "path": "5-*", "justification": "令和5年度の評価で理由を追記する" } ]
            }
            """);

        var run = Check(Path.Combine(_folder.FullName, "docs"));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.EndsWith("0 errors, 5 warnings, 3 notes, 3 suppressed in 15 sheets (8 rules)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableDocument_Exits2()
    {
        var run = Check(Write("empty.txt", "nothing here\n"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error KRD002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadConfiguration_Exits2WithItsLine()
    {
        var run = Check("--config", Write("bad.json", "{\n  \"rules\": 5\n}"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json(2,", run.Error, StringComparison.Ordinal);
    }
}
