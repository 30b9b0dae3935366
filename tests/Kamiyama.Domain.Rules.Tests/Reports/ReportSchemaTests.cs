using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>The JSON report's published schema (schemas/report.schema.json) stays true to what JsonReport writes.</summary>
public class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(ReportFiles.SolutionFolder, "schemas", "report.schema.json"))));

    private static string Report(RuleRun run)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(run, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void TheSchemasVersion_IsTheWritersVersion()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ReportFiles.SolutionFolder, "schemas", "report.schema.json")))!;

        Assert.Equal(JsonReport.ReportVersion, (int)schema["properties"]!["reportVersion"]!["const"]!);
    }

    [Fact]
    public void TheSamplesReport_ConformsToTheSchema() => AssertValid(Report(SampleFindingsTests.Run()));

    [Fact]
    public void AReportWithEveryKindOfDiagnostic_EngineErrorsAndSuppressions_ConformsToTheSchema()
    {
        var lines = BundledSample.ReadText().Split('\n');
        lines[4] += "\n\n※ 担当：企画係";
        var read = TextSheetSource.FromString(string.Join('\n', lines), "city.txt").Read();
        var set = RuleSet.FromRules([.. BuiltInRules.All(), new Throws()]);
        var (options, _) = RuleConfiguration.Read("""{ "suppressions": [ { "rule": "KMY003", "path": "5-1-1/*", "justification": "計画どおり" } ] }""", "kamiyama.json", set);
        var (_, configured) = RuleConfiguration.Read("""{ "rules": { "CITY999": { "enabled": false } } }""", "other.json", set);
        var run = set.Evaluate(read.Document, options).WithDiagnostics([.. read.Diagnostics, .. configured]);

        var json = Report(run);

        Assert.Contains(run.Diagnostics, d => d.Origin == DiagnosticOrigin.Engine);
        Assert.Contains(run.Findings, f => f.IsSuppressed);
        AssertValid(json);
    }

    [Theory]
    [InlineData("severity", "\"fatal\"")]
    [InlineData("extra", "1")]
    [InlineData("ruleId", "\"kmy001\"")]
    public void AFindingTheWriterWouldNeverWrite_IsRefusedByTheSchema(string property, string value)
    {
        var report = JsonNode.Parse(Report(SampleFindingsTests.Run()))!;
        report["findings"]![0]![property] = JsonNode.Parse(value);

        using var document = JsonDocument.Parse(report.ToJsonString());

        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    private sealed class Throws : Rule<Kamiyama.Domain.Sheets.MeasureSheet>
    {
        public override RuleDescriptor Descriptor { get; } = new() { Id = "ZZZ011", Title = "throws", DefaultSeverity = DiagnosticSeverity.Error, Category = "test", MessageFormat = "{text}", Description = "Throws on every measure." };

        public override void Check(Kamiyama.Domain.Sheets.MeasureSheet sheet, RuleContext context) => throw new InvalidOperationException("x");
    }
}
