using System.Text.Json;
using Kamiyama.Domain.Samples;

namespace Kamiyama.Cli.Tests;

/// <summary>The machine reports of <c>check</c> carry what the reader and the configuration said, not only the findings.</summary>
public sealed class DiagnosticReportTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-diag-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Cache => Path.Combine(_folder.FullName, "cache");

    [Fact]
    public void Check_Sarif_ReaderWarningIsAResultBesideTheFindings()
    {
        var lines = BundledSample.ReadText().Split('\n');
        lines[4] += "\n\n※ 担当：企画係"; // a stray line at 7: kept on the sheet, a KRD010 warning
        var document = Path.Combine(_folder.FullName, "city.txt");
        File.WriteAllText(document, string.Join('\n', lines));

        var run = CliRun.Of("check", "--cache", Cache, "--format", "sarif", document);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        using var sarif = JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var reader = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "KRD010");
        Assert.Equal(7, reader.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "KMY001");
    }

    [Fact]
    public void Check_Text_ReaderWarningIsInTheReport_NotOnStandardError()
    {
        var lines = BundledSample.ReadText().Split('\n');
        lines[4] += "\n\n※ 担当：企画係";
        var document = Path.Combine(_folder.FullName, "city.txt");
        File.WriteAllText(document, string.Join('\n', lines));

        var run = CliRun.Of("check", "--cache", Cache, document);

        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith($"{document}(7,1): warning KRD010: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("3 errors, 12 warnings, 3 notes in 15 sheets (9 rules)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_InputThatIsMissing_StillWritesTheReport_WithTheReaderError_AndExits2()
    {
        var missing = Path.Combine(_folder.FullName, "nosuch.txt");

        var run = CliRun.Of("check", "--cache", Cache, "--format", "json", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error KRD005", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("KRD005", "reader", "error", missing), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("origin").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("location").GetProperty("file").GetString()));
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Check_Sarif_BadConfiguration_IsAConfigurationNotification_AndExits2()
    {
        var document = Path.Combine(_folder.FullName, "city.txt");
        File.WriteAllText(document, BundledSample.ReadText());
        File.WriteAllText(Path.Combine(_folder.FullName, "kamiyama.json"), """{ "rules": { "CITY999": { "enabled": false } } }""");

        var run = CliRun.Of("check", "--cache", Cache, "--format", "sarif", document);

        Assert.Equal(2, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Output);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var notification = Assert.Single(invocation.GetProperty("toolConfigurationNotifications").EnumerateArray());
        Assert.Equal("KRC002", notification.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Check_JUnit_IsATestSuitePerRule_AndFailsWhereTheSampleHasDefects()
    {
        var run = CliRun.Of("check", "--cache", Cache, "--format", "junit");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        var xml = System.Xml.Linq.XDocument.Parse(run.Output);
        Assert.Equal(9, xml.Root!.Elements("testsuite").Count());
        Assert.Contains(xml.Root.Descendants("testcase"), c => (string)c.Attribute("classname")! == "KMY001" && (string)c.Attribute("name")! == "5-3-1" && c.Element("failure") is not null);
    }

    [Fact]
    public void Check_Markdown_ShowsTheSummaryAndEachMeasure()
    {
        var run = CliRun.Of("check", "--cache", Cache, "--format", "markdown");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.StartsWith("# 令和4年度 施策・事業評価の点検結果\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("| ❌ エラー | 3 |", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n## 5-3-1 ", run.Output, StringComparison.Ordinal);
    }
}
