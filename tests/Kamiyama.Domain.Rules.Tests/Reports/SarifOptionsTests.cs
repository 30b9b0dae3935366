using System.Text;
using System.Text.Json;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>SARIF that CI systems can track: fingerprints stable across runs, machines and years; paths relative to a base folder; the host's tool name.</summary>
public sealed class SarifOptionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-sarif-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static JsonElement Sarif(RuleRun run, ReportOptions options, out string text)
    {
        using var stream = new MemoryStream();
        SarifReport.Write(run, stream, options);
        text = Encoding.UTF8.GetString(stream.ToArray());
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static RuleRun Check(string text, string name) => RuleSet.FromRules(BuiltInRules.All()).Evaluate(TextSheetSource.FromString(text, name).Read().Document);

    private static List<string> Fingerprints(JsonElement sarif) =>
        [.. sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("fingerprints").GetProperty("kamiyama/v1").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Fingerprints_AreTheSame_NextYear_InAnotherFile_WithTheLinesMoved()
    {
        var thisYear = BundledSample.ReadText();
        var nextYear = "\n\n\n" + thisYear.Replace("令和4年度", "令和5年度", StringComparison.Ordinal);
        var options = new ReportOptions();

        var a = Sarif(Check(thisYear, "r4/chapter5.txt"), options, out _);
        var b = Sarif(Check(nextYear, "r5/第5章.txt"), options, out _);

        var first = a.GetProperty("runs")[0].GetProperty("results")[0];
        var moved = b.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.NotEqual(Line(first), Line(moved)); // the same finding, three lines down
        Assert.Equal(17, Fingerprints(a).Count);
        Assert.Equal(Fingerprints(a), Fingerprints(b));
        Assert.Equal(17, Fingerprints(a).Distinct().Count()); // and each finding its own
    }

    private static int Line(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    [Fact]
    public void ABaseFolder_MakesPathsRelative_AndTheReportNamesNoFolderOfTheMachine()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "docs"));
        var file = Path.Combine(docs.FullName, "上山市 第5章.txt");
        File.WriteAllText(file, BundledSample.ReadText());
        var run = RuleSet.FromRules(BuiltInRules.All()).Evaluate(TextSheetSource.FromFile(file).Read().Document);

        var relative = Sarif(run, new ReportOptions { BaseFolder = _folder.FullName }, out var text);
        var absolute = Sarif(run, new ReportOptions(), out var rooted);

        var artifact = relative.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(("docs/%E4%B8%8A%E5%B1%B1%E5%B8%82%20%E7%AC%AC5%E7%AB%A0.txt", "SRCROOT"), (artifact.GetProperty("uri").GetString(), artifact.GetProperty("uriBaseId").GetString()));
        Assert.DoesNotContain(_folder.FullName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("file://", text, StringComparison.Ordinal);
        Assert.False(relative.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("SRCROOT").TryGetProperty("uri", out _));
        Assert.Contains("file://", rooted, StringComparison.Ordinal); // without a base folder a rooted path stays a file URI
        Assert.False(absolute.GetProperty("runs")[0].TryGetProperty("originalUriBaseIds", out _));
    }

    [Fact]
    public void AFileOutsideTheBaseFolder_KeepsItsOwnUri()
    {
        var run = Check(BundledSample.ReadText(), "/elsewhere/chapter5.txt");

        var sarif = Sarif(run, new ReportOptions { BaseFolder = _folder.FullName }, out _);

        var artifact = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("file:///elsewhere/chapter5.txt", artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void AHost_NamesItsOwnTool()
    {
        var sarif = Sarif(SampleFindingsTests.Run(), new ReportOptions { ToolName = "city-system", ToolVersion = "2.3.1", InformationUri = new Uri("https://city.example/kamiyama") }, out _);

        var driver = sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal(("city-system", "2.3.1", "https://city.example/kamiyama"), (driver.GetProperty("name").GetString(), driver.GetProperty("version").GetString(), driver.GetProperty("informationUri").GetString()));
    }
}
