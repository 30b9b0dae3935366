using System.Text.Json;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>Suppressed findings in SARIF (§3.27.23, §3.35), and what makes a run's execution unsuccessful (§3.20.14).</summary>
public class SarifSuppressionTests
{
    private const string Suppressed = "5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績";

    private static readonly Lazy<RuleRun> EveryKind = new(SarifSchemaTests.EveryKind);

    private static JsonElement Run(RuleRun run) =>
        JsonDocument.Parse(SarifSchemaTests.Sarif(run)).RootElement.GetProperty("runs")[0].Clone();

    private static JsonElement ResultAt(JsonElement run, string rule, string path) => run.GetProperty("results").EnumerateArray().Single(r =>
        r.GetProperty("ruleId").GetString() == rule
        && r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString() == path);

    [Fact]
    public void ASuppressedFinding_IsAResult_WithAnExternalAcceptedSuppressionAndItsJustification()
    {
        var run = Run(EveryKind.Value);

        var result = ResultAt(run, "KMY001", Suppressed);

        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(
            """{"kind":"external","status":"accepted","justification":"委員の交代で回数が減った"}""",
            JsonSerializer.Serialize(suppression, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("error", result.GetProperty("level").GetString()); // still the rule's error: a consumer hides it, it is not demoted
    }

    [Fact]
    public void ASuppression_DoesNotChangeTheResultsFingerprints()
    {
        var suppressed = ResultAt(Run(EveryKind.Value), "KMY001", Suppressed);
        var plain = ResultAt(Run(SampleFindingsTests.Run()), "KMY001", Suppressed);

        Assert.Equal(plain.GetProperty("fingerprints").GetRawText(), suppressed.GetProperty("fingerprints").GetRawText());
        Assert.Equal(plain.GetProperty("partialFingerprints").GetRawText(), suppressed.GetProperty("partialFingerprints").GetRawText());
        Assert.Empty(plain.GetProperty("suppressions").EnumerateArray());
    }

    [Fact]
    public void EveryResult_SaysWhetherItIsSuppressed_ReaderResultsIncluded()
    {
        // §3.27.23: the suppressions of all results in a run are all null or all non-null.
        var run = EveryKind.Value;

        var results = Run(run).GetProperty("results").EnumerateArray().ToList();

        Assert.All(results, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("suppressions").ValueKind));
        Assert.Equal(run.Findings.Count + run.Diagnostics.Count(d => d.Origin == DiagnosticOrigin.Reader), results.Count);
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString()!.StartsWith("KRD", StringComparison.Ordinal));
        Assert.Equal(run.Findings.Count(f => f.IsSuppressed), results.Count(r => r.GetProperty("suppressions").GetArrayLength() == 1));
        Assert.Equal(results.Count - run.Findings.Count(f => f.IsSuppressed), results.Count(r => r.GetProperty("suppressions").GetArrayLength() == 0));
    }

    public static TheoryData<string, bool> Runs => new()
    {
        { "a suppressed error", true },
        { "an error finding", true },
        { "a reader error", true },
        { "a configuration error", false },
        { "a load error", false },
        { "an engine error", false },
        { "a configuration warning", true },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void ExecutionSuccessful_IsTheToolsSuccess_NotTheDocuments(string what, bool successful)
    {
        var rule = new RuleDescriptor { Id = "ZZZ013", Title = "t", DefaultSeverity = DiagnosticSeverity.Error, Category = "c", MessageFormat = "{text}", Description = "d" };
        var at = new DiagnosticLocation("5-1-1", new SourcePosition("city.txt", 3, 1));
        Diagnostic Other(DiagnosticOrigin origin, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new("KRX001", severity, what, at, origin);
        var run = what switch
        {
            "a suppressed error" => new RuleRun([rule], [new Finding("ZZZ013", DiagnosticSeverity.Error, what, at, [], suppression: "accepted")], []),
            "an error finding" => new RuleRun([rule], [new Finding("ZZZ013", DiagnosticSeverity.Error, what, at, [])], []),
            "a reader error" => new RuleRun([], [], [Other(DiagnosticOrigin.Reader)]),
            "a configuration error" => new RuleRun([rule], [], [Other(DiagnosticOrigin.Configuration)]),
            "a load error" => new RuleRun([], [], [Other(DiagnosticOrigin.Load)]),
            "an engine error" => new RuleRun([rule], [], [], [new RuleOutcome("ZZZ013", "5-1-1", OutcomeKind.Error, "InvalidOperationException: x")]),
            _ => new RuleRun([rule], [], [Other(DiagnosticOrigin.Configuration, DiagnosticSeverity.Warning)]),
        };

        var invocation = Run(run).GetProperty("invocations")[0];

        Assert.Equal(successful, invocation.GetProperty("executionSuccessful").GetBoolean());
        SarifSchemaTests.AssertValid(SarifSchemaTests.Sarif(run));
    }
}
