using System.Text;
using System.Text.Json;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Rules.Tests.Reports;

public class ReportTests
{
    private static string Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Text_Sample_OneLinePerFindingLikeACompiler()
    {
        var text = TextReport.Write(SampleFindingsTests.Run());

        Snapshot.Match(text, ReportFiles.Snapshot("ReportTests.SampleText"));
        Assert.Equal(17, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("kaminoyama-r4-chapter5.txt(43,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Sample_IsSnapshottedAndCountsAgree()
    {
        var json = Json(s => JsonReport.Write(SampleFindingsTests.Run(), s));

        Snapshot.Match(json, ReportFiles.Snapshot("ReportTests.SampleJson"));
        using var document = JsonDocument.Parse(json);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal((3, 11, 3), (summary.GetProperty("error").GetInt32(), summary.GetProperty("warning").GetInt32(), summary.GetProperty("info").GetInt32()));
        Assert.Equal(17, document.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(17, summary.GetProperty("outcomes").GetProperty("fail").GetInt32()); // one finding per failing rule and subject here
    }

    [Fact]
    public void Sarif_Sample_HasRulesResultsLevelsAndLocations()
    {
        var sarif = Json(s => SarifReport.Write(SampleFindingsTests.Run(), s, new ReportOptions { ToolVersion = "0.1.0" }));

        Snapshot.Match(sarif, ReportFiles.Snapshot("ReportTests.SampleSarif"));
        using var document = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["KMY001", "KMY002", "KMY003", "KMY004", "KMY005", "KMY006", "KMY007", "KMY008", "KMY009"], rules);
        var first = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "KMY001");
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal("KMY001", rules[first.GetProperty("ruleIndex").GetInt32()]);
        var location = first.GetProperty("locations")[0];
        Assert.Equal("kaminoyama-r4-chapter5.txt", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(230, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal(2, first.GetProperty("relatedLocations").GetArrayLength());
        Assert.Equal(["error", "note", "warning"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reports_AreDeterministic() =>
        Assert.Equal(Json(s => SarifReport.Write(SampleFindingsTests.Run(), s, new ReportOptions { ToolVersion = "0.1.0" })), Json(s => SarifReport.Write(SampleFindingsTests.Run(), s, new ReportOptions { ToolVersion = "0.1.0" })));
}
