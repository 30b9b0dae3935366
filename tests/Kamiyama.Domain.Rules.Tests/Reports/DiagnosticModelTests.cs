using System.Text;
using System.Text.Json;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// One diagnostic model: what the reader, the configuration, the loader and the engine say, and what the rules find, are
/// all <see cref="Diagnostic"/>s, and every report carries all of them.
/// </summary>
public class DiagnosticModelTests
{
    private const string Name = "kaminoyama-r4-chapter5.txt";

    /// <summary>The sample with a line no field takes (KRD010, a warning at line 7, column 1: lines 5–7 are the department, an empty line, the stray line).</summary>
    private static ReadResult ReadWithStrayLine()
    {
        var lines = BundledSample.ReadText().Split('\n');
        lines[4] = lines[4] + "\n\n※ 担当：企画係";
        return TextSheetSource.FromString(string.Join('\n', lines), Name).Read();
    }

    private static RuleRun RunWithEverything()
    {
        var read = ReadWithStrayLine();
        var set = RuleSet.FromRules(BuiltInRules.All());
        var (_, configuration) = RuleConfiguration.Read("""{ "rules": { "CITY999": { "enabled": false } } }""", "kamiyama.json", set);
        var load = new Diagnostic(RuleDiagnosticCodes.CannotCreate, DiagnosticSeverity.Warning, "The rule Helper is not public, so it is not loaded.", new SourcePosition("rules/CITY001.csx", 3, 1), DiagnosticOrigin.Load);
        return set.Evaluate(read.Document).WithDiagnostics([.. read.Diagnostics, .. configuration, load]);
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void EveryStage_SaysItAsADiagnostic_WithItsOriginCodeAndPosition()
    {
        var run = RunWithEverything();

        Assert.Equal(
            [
                (DiagnosticOrigin.Reader, ReaderDiagnosticCodes.Unrecognized, "kaminoyama-r4-chapter5.txt(7,1)"),
                (DiagnosticOrigin.Configuration, RuleDiagnosticCodes.UnknownRule, "kamiyama.json(1,14)"),
                (DiagnosticOrigin.Load, RuleDiagnosticCodes.CannotCreate, "rules/CITY001.csx(3,1)"),
            ],
            run.Diagnostics.Select(d => (d.Origin, d.Code, d.Location.ToString())));
        Assert.Equal("CITY999", run.Diagnostics[1].RuleId);
        Assert.All(run.Findings, f => Assert.Equal((DiagnosticOrigin.Finding, f.RuleId), (f.Origin, f.Code)));
        Assert.True(run.HasErrors);
    }

    [Fact]
    public void Counts_TakeInTheAddedDiagnostics()
    {
        var plain = SampleFindingsTests.Run();
        var run = RunWithEverything();

        // The sample's own findings are 3 errors, 11 warnings, 3 notes; added: the configuration's error and two warnings.
        Assert.Equal((3, 11, 3), (plain.Count(DiagnosticSeverity.Error), plain.Count(DiagnosticSeverity.Warning), plain.Count(DiagnosticSeverity.Info)));
        Assert.Equal((4, 13, 3), (run.Count(DiagnosticSeverity.Error), run.Count(DiagnosticSeverity.Warning), run.Count(DiagnosticSeverity.Info)));
    }

    [Fact]
    public void Text_PrintsTheOtherDiagnosticsBeforeTheFindings()
    {
        var lines = TextReport.Write(RunWithEverything()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("kaminoyama-r4-chapter5.txt(7,1): warning KRD010: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("kamiyama.json(1,14): error KRC002: The rule CITY999 is not in the rule set", lines[1], StringComparison.Ordinal);
        Assert.Equal("rules/CITY001.csx(3,1): warning KRL004: The rule Helper is not public, so it is not loaded.", lines[2]);
        Assert.Equal(3 + 17, lines.Length);
    }

    [Fact]
    public void Json_CarriesEveryDiagnostic_WithItsStageAndLocation()
    {
        using var json = JsonDocument.Parse(Write(s => JsonReport.Write(RunWithEverything(), s)));

        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["reader", "configuration", "load"], diagnostics.Select(d => d.GetProperty("origin").GetString()));
        var reader = diagnostics[0];
        Assert.Equal(("KRD010", "warning", Name, 7, 1), (reader.GetProperty("code").GetString(), reader.GetProperty("severity").GetString(), reader.GetProperty("location").GetProperty("file").GetString(), reader.GetProperty("location").GetProperty("line").GetInt32(), reader.GetProperty("location").GetProperty("column").GetInt32()));
        Assert.Equal("CITY999", diagnostics[1].GetProperty("ruleId").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
    }

    [Fact]
    public void Sarif_ReaderDiagnosticsAreResults_ConfigurationAndLoadAreConfigurationNotifications()
    {
        using var sarif = JsonDocument.Parse(Write(s => SarifReport.Write(RunWithEverything(), s, new ReportOptions { ToolVersion = "0.1.0" })));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        var reader = results.Single(r => r.GetProperty("ruleId").GetString() == "KRD010");
        var rule = rules[reader.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal(("KRD010", "Unrecognized"), (rule.GetProperty("id").GetString(), rule.GetProperty("name").GetString()));
        Assert.Equal("warning", reader.GetProperty("level").GetString());
        var region = reader.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((7, 1), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.Equal(1 + 17, results.Count);

        var invocation = run.GetProperty("invocations")[0];
        var configuration = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().ToList();
        Assert.Equal(["KRC002", "KRL004"], configuration.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()));
        Assert.Equal("CITY999", configuration[0].GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.False(configuration[0].GetProperty("associatedRule").TryGetProperty("index", out _)); // not a rule of the run
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean()); // the configuration had an error
    }

    [Fact]
    public void Sarif_AnEngineError_IsAnExecutionNotification_ForItsRule_AtItsSubject()
    {
        var set = RuleSet.FromRules(new Throws());
        var run = set.Evaluate(TextSheetSource.Bundled().Read().Document);

        var error = Assert.Single(run.Diagnostics, d => d.Origin == DiagnosticOrigin.Engine && d.Location.Path == "5-1-1");
        Assert.Equal((RuleDiagnosticCodes.RuleFailed, "ZZZ009", "kaminoyama-r4-chapter5.txt(3,1)"), (error.Code, error.RuleId, error.Location.ToString()));
        using var sarif = JsonDocument.Parse(Write(s => SarifReport.Write(run, s, new ReportOptions { ToolVersion = "0.1.0" })));
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().First();
        Assert.Equal(("KRE001", "ZZZ009", 0), (notification.GetProperty("descriptor").GetProperty("id").GetString(), notification.GetProperty("associatedRule").GetProperty("id").GetString(), notification.GetProperty("associatedRule").GetProperty("index").GetInt32()));
        Assert.Equal(3, notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("5-1-1", notification.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.True(run.HasErrors);
    }

    [Fact]
    public void AHost_BuildsARunOfItsOwn_ForTheReports()
    {
        var descriptor = new RuleDescriptor { Id = "CITY010", Title = "予算の記載", DefaultSeverity = DiagnosticSeverity.Warning, Category = "budget", MessageFormat = "{text}", Description = "A host's own check." };
        var finding = new Finding("CITY010", DiagnosticSeverity.Warning, "予算が空欄です", new DiagnosticLocation("5-1-1", new SourcePosition("city.db", 12, 1)), []);
        var reader = new Diagnostic(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, "Expected a number of 千円.", new SourcePosition("city.db", 40, 2), DiagnosticOrigin.Reader);

        var run = new RuleRun([descriptor], [finding], [reader]);

        Assert.Equal(
            "city.db(40,2): error KRD021: Expected a number of 千円.\ncity.db(12,1): warning CITY010: 予算が空欄です\n",
            TextReport.Write(run));
        Assert.True(run.HasErrors);
        Assert.Equal(0, run.Count(OutcomeKind.Pass));
        Assert.Throws<ArgumentException>(() => run.WithDiagnostics([finding]));
        Assert.Same(run.Findings[0], run.WithDiagnostics([]).Findings[0]);
    }

    private sealed class Throws : Rule<Kamiyama.Domain.Sheets.MeasureSheet>
    {
        public override RuleDescriptor Descriptor { get; } = new() { Id = "ZZZ009", Title = "throws", DefaultSeverity = DiagnosticSeverity.Error, Category = "test", MessageFormat = "{text}", Description = "Throws on every sheet." };

        public override void Check(Kamiyama.Domain.Sheets.MeasureSheet sheet, RuleContext context) => throw new InvalidOperationException("x");
    }
}
