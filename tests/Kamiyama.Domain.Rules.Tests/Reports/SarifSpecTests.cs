using System.Text.Json;
using System.Text.Json.Nodes;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>What the SARIF 2.1.0 specification asks of a log beyond what its schema checks (section numbers of the specification).</summary>
public class SarifSpecTests
{
    private static JsonElement Run(RuleRun run, ReportOptions? options = null) =>
        JsonDocument.Parse(SarifSchemaTests.Sarif(run, options)).RootElement.GetProperty("runs")[0].Clone();

    private static RuleDescriptor Descriptor(string id, Uri? help = null) =>
        new() { Id = id, Title = "t", DefaultSeverity = DiagnosticSeverity.Error, Category = "c", MessageFormat = "{text}", Description = "d", HelpUri = help };

    [Fact]
    public void HelpUri_IsAbsoluteAndEscaped_ARelativeOneIsLeftOut()
    {
        // §3.49.12: the absolute URI of the rule's documentation. Uri.ToString() would give back 規則 unescaped.
        var run = new RuleRun([Descriptor("ZZZ001", new Uri("https://city.example/規則/ZZZ001 a")), Descriptor("ZZZ002", new Uri("docs/ZZZ002.md", UriKind.Relative))], [], []);

        var rules = Run(run).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal("https://city.example/%E8%A6%8F%E5%89%87/ZZZ001%20a", rules[0].GetProperty("helpUri").GetString());
        Assert.False(rules[1].TryGetProperty("helpUri", out _));
    }

    [Fact]
    public void ARelativeInformationUri_IsRefused()
    {
        var options = new ReportOptions { InformationUri = new Uri("about/kamiyama", UriKind.Relative) };

        var error = Assert.Throws<ArgumentException>(() => SarifSchemaTests.Sarif(SampleFindingsTests.Run(), options));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("The information URI 'about/kamiyama' is relative; SARIF's informationUri is an absolute URI.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchemaUri_IsTheIdOfTheSchemaTheTestsValidateAgainst()
    {
        // §3.13.3: the URI from which the schema of the log's version can be obtained.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ReportFiles.SolutionFolder, "tests", "Kamiyama.Domain.Rules.Tests", "Reports", "Schemas", "sarif-schema-2.1.0.json")))!;

        var log = JsonDocument.Parse(SarifSchemaTests.Sarif(SampleFindingsTests.Run())).RootElement;

        Assert.Equal((string)schema["id"]!, log.GetProperty("$schema").GetString());
    }

    [Fact]
    public void ARunWithResults_SaysItCountsColumnsInUtf16CodeUnits()
    {
        // §3.14.27: SHALL when results come from text files; SourcePosition counts UTF-16 code units.
        Assert.Equal("utf16CodeUnits", Run(SampleFindingsTests.Run()).GetProperty("columnKind").GetString());
    }

    [Fact]
    public void Braces_AreDoubledInEveryMessageString_AndAnEmptyMessageSaysItsCode()
    {
        // §3.11.5: "{" and "}" are written "{{" and "}}" in message strings, beside placeholders such as {0}.
        var descriptor = Descriptor("ZZZ003") with { Title = "{title}", Description = "{0}" };
        var at = new DiagnosticLocation("5-1-1", new SourcePosition("city.txt", 1, 1), "{label}");
        var run = new RuleRun(
            [descriptor],
            [new Finding("ZZZ003", DiagnosticSeverity.Error, "「{0}」は}{", at, [at]), new Finding("ZZZ003", DiagnosticSeverity.Error, string.Empty, at, [])],
            [new Diagnostic(RuleDiagnosticCodes.InvalidConfiguration, DiagnosticSeverity.Error, "{ is not JSON", at, DiagnosticOrigin.Configuration)]);

        var sarif = Run(run);

        var rule = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal(("{title}", "{{title}}", "{{0}}"), (rule.GetProperty("name").GetString(), rule.GetProperty("shortDescription").GetProperty("text").GetString(), rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        var result = sarif.GetProperty("results")[0];
        Assert.Equal("「{{0}}」は}}{{", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("{{label}}", result.GetProperty("relatedLocations")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("ZZZ003", sarif.GetProperty("results")[1].GetProperty("message").GetProperty("text").GetString()); // §3.11.8: never empty
        Assert.Equal("{{ is not JSON", sarif.GetProperty("invocations")[0].GetProperty("toolConfigurationNotifications")[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void RuleIndex_PointsAtTheRulesDescriptor_AndIsAbsentForARuleTheRunDoesNotDescribe()
    {
        // §3.27.6 and §3.52.5: an index into tool.driver.rules, only when the descriptor exists.
        var unlisted = new Finding("ZZZ004", DiagnosticSeverity.Warning, "m", new DiagnosticLocation("5-1-1", null), []);
        var run = SarifSchemaTests.EveryKind();
        var hosts = new RuleRun(run.Rules, [.. run.Findings, unlisted], run.Diagnostics.Where(d => d.Origin != DiagnosticOrigin.Engine));

        var sarif = Run(hosts);

        var rules = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        var results = sarif.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() != "ZZZ004"), r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "ZZZ004").TryGetProperty("ruleIndex", out _));
        Assert.Equal(rules.Count, rules.Distinct().Count());
        var associated = sarif.GetProperty("invocations")[0].GetProperty("toolConfigurationNotifications").EnumerateArray().Select(n => n.TryGetProperty("associatedRule", out var r) ? r : default).Single(r => r.ValueKind == JsonValueKind.Object);
        Assert.Equal("CITY999", associated.GetProperty("id").GetString());
        Assert.False(associated.TryGetProperty("index", out _)); // §3.52.1: a rule the run does not describe is referred to by its id only
        SarifSchemaTests.AssertValid(SarifSchemaTests.Sarif(hosts));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARelativeUri_HasADeclaredBaseId_AndAnAbsoluteOneNone(bool withBase)
    {
        // §3.4.4: a relative reference SHOULD have a uriBaseId, an absolute URI SHALL NOT; §3.14.14 declares the base ids.
        var odd = new Diagnostic(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, "m", new SourcePosition("a:b/c.txt", 1, 1), DiagnosticOrigin.Reader);
        var rooted = new Diagnostic(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, "m", new SourcePosition(Path.Combine(Path.GetTempPath(), "x.txt"), 1, 1), DiagnosticOrigin.Reader);
        var run = SarifSchemaTests.EveryKind().WithDiagnostics([odd, rooted]);

        var sarif = Run(run, new ReportOptions { BaseFolder = withBase ? Path.Combine(Path.GetTempPath(), "kamiyama-no-such-folder") : null });

        var locations = ArtifactLocations(sarif).ToList();
        Assert.Contains(locations, l => l.GetProperty("uri").GetString() == "a%3Ab/c.txt"); // not the scheme "a:"
        Assert.Contains(locations, l => l.GetProperty("uri").GetString() == "docs/city.txt");
        Assert.All(locations, l => Assert.Equal(l.TryGetProperty("uriBaseId", out _), !Uri.TryCreate(l.GetProperty("uri").GetString(), UriKind.Absolute, out _)));
        Assert.All(locations.Where(l => l.TryGetProperty("uriBaseId", out _)), l => Assert.True(sarif.GetProperty("originalUriBaseIds").TryGetProperty(l.GetProperty("uriBaseId").GetString()!, out _)));
        Assert.Contains(locations, l => l.GetProperty("uri").GetString()!.StartsWith("file:///", StringComparison.Ordinal) && l.GetProperty("uri").GetString()!.EndsWith("/x.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void AResultWithoutAnyLocation_HasNoLocationObject()
    {
        // §3.28.1: a location with neither a physical nor a logical location would need a message saying why.
        var run = new RuleRun([], [], [new Diagnostic(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, "m", new DiagnosticLocation(string.Empty, null), DiagnosticOrigin.Reader)]);

        var result = Run(run).GetProperty("results")[0];

        Assert.Equal(0, result.GetProperty("locations").GetArrayLength());
    }

    private static IEnumerable<JsonElement> ArtifactLocations(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "artifactLocation" ? [p.Value] : ArtifactLocations(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(ArtifactLocations),
        _ => [],
    };
}
