using System.Text.Encodings.Web;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as SARIF 2.1.0. Results: each finding (<c>ruleId</c>, <c>level</c>, <c>message.text</c>, the physical location
/// when known, <c>logicalLocations</c> with the logical path, related locations, whether it is suppressed and why) and each reader diagnostic
/// (its <c>KRD…</c> code as the rule, described in <c>tool.driver.rules</c> beside the run's rules): both are about the
/// document. Configuration and load diagnostics are tool configuration notifications, engine errors tool execution
/// notifications (with the rule they concern), as the specification intends. No timestamps: deterministic.
/// </summary>
public static class SarifReport
{
    private static readonly Dictionary<string, string> ReaderCodeNames = typeof(ReaderDiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The tool's name and version, its information URI, and the base folder of relative paths.</param>
    /// <exception cref="ArgumentException">The information URI is relative.</exception>
    public static void Write(RuleRun run, Stream stream, SarifOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        if (options.InformationUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException($"The information URI '{options.InformationUri}' is relative; SARIF's informationUri is an absolute URI.", nameof(options));
        }

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        var readerResults = run.Diagnostics.Where(d => d.Origin == DiagnosticOrigin.Reader).ToList();
        var readerCodes = readerResults.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = run.Rules.Select(r => r.Id).Concat(readerCodes).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var paths = new SarifPaths(options.BaseFolder);
        var fingerprints = new Fingerprints();
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", options.ToolName);
        json.WriteString("version", options.ToolVersion);
        if (options.InformationUri is { } information)
        {
            json.WriteString("informationUri", information.AbsoluteUri);
        }

        json.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Title);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description);
            // SARIF's helpUri is an absolute URI, escaped (Uri.ToString() would give back 規則 and quotes as written): a
            // relative link, which a rule may declare, has no base a SARIF consumer would know, so it is left out.
            if (rule.HelpUri is { IsAbsoluteUri: true } help)
            {
                json.WriteString("helpUri", help.AbsoluteUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", TextReport.LevelName(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("messageFormat", rule.MessageFormat);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var code in readerCodes)
        {
            json.WriteStartObject();
            json.WriteString("id", code);
            if (ReaderCodeNames.TryGetValue(code, out var name))
            {
                json.WriteString("name", name);
            }

            json.WriteStartObject("properties");
            json.WriteString("category", "reader");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        // §3.20.14: whether the tool succeeded, not whether the document passed. Findings, suppressed or not and of any
        // level, and reader diagnostics are results about the document and never make it false. A configuration or load
        // error (the rules did not run as asked) or an engine error (a rule failed on a subject, so the results are not
        // complete, Appendix I) is the tool's failure and does.
        json.WriteBoolean("executionSuccessful", !run.Diagnostics.Any(d => d.Origin is not DiagnosticOrigin.Reader && d.Severity == DiagnosticSeverity.Error));
        Notifications(json, "toolConfigurationNotifications", run.Diagnostics.Where(d => d.Origin is DiagnosticOrigin.Configuration or DiagnosticOrigin.Load), index, paths);
        Notifications(json, "toolExecutionNotifications", run.Diagnostics.Where(d => d.Origin is DiagnosticOrigin.Engine), index, paths);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var diagnostic in readerResults)
        {
            ResultHead(json, diagnostic, index, paths);
            fingerprints.Write(json, diagnostic.Code, diagnostic.Message);
            Suppressions(json, justification: null);
            json.WriteEndObject();
        }

        foreach (var finding in run.Findings)
        {
            ResultHead(json, finding, index, paths);
            if (finding.Related.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (var i = 0; i < finding.Related.Count; i++)
                {
                    Location(json, finding.Related[i], id: i, paths);
                }

                json.WriteEndArray();
            }

            fingerprints.Write(json, finding.RuleId, finding.Location.Path);
            Suppressions(json, finding.Suppression);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (paths.Used)
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifPaths.BaseId);
            Text(json, "description", "The base folder the report's paths are relative to, as its writer chose it.");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Opens a result and writes what every result has: its rule, level, message and primary location.</summary>
    private static void ResultHead(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> index, SarifPaths paths)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", index[diagnostic.Code]);
        json.WriteString("level", TextReport.LevelName(diagnostic.Severity));
        Text(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        Location(json, diagnostic.Location, id: null, paths);
        json.WriteEndArray();
    }

    /// <summary>
    /// Whether a result is suppressed, on every result: in a run, either all results have <c>suppressions</c> or none do
    /// (§3.27.23), and the engine weighs every finding against the configured suppressions, so an empty array is a known
    /// "not suppressed". A configured suppression is kept outside the document, in the configuration, so it is
    /// <c>external</c> (§3.35.2), and <c>accepted</c> (§3.35.3) with the justification its writer had to give. The run does
    /// not know where in which configuration file it was written, so the suppression has no <c>location</c>. The result
    /// keeps the level of its rule: a suppressed error is still an error that a consumer hides (§3.35.1), not a note.
    /// </summary>
    private static void Suppressions(Utf8JsonWriter json, string? justification)
    {
        json.WriteStartArray("suppressions");
        if (justification is not null)
        {
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", justification);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Notifications(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics, Dictionary<string, int> index, SarifPaths paths)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Code);
            json.WriteEndObject();
            if (diagnostic.RuleId is { } ruleId)
            {
                json.WriteStartObject("associatedRule");
                json.WriteString("id", ruleId);
                if (index.TryGetValue(ruleId, out var i))
                {
                    json.WriteNumber("index", i);
                }

                json.WriteEndObject();
            }

            json.WriteString("level", TextReport.LevelName(diagnostic.Severity));
            Text(json, "message", diagnostic.Message);
            if (diagnostic.Position is not null || diagnostic.Location.Path.Length > 0)
            {
                json.WriteStartArray("locations");
                Location(json, diagnostic.Location, id: null, paths);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, DiagnosticLocation location, int? id, SarifPaths paths)
    {
        json.WriteStartObject();
        if (id is { } n)
        {
            json.WriteNumber("id", n);
        }

        if (location.Position is { } position)
        {
            json.WriteStartObject("physicalLocation");
            paths.Write(json, position.File);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", position.Line);
            json.WriteNumber("startColumn", position.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (location.Path.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", location.Path);
            json.WriteString("name", location.Path[(location.Path.LastIndexOf('/') + 1)..]);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (location.Label is not null)
        {
            Text(json, "message", location.Label);
        }

        json.WriteEndObject();
    }
}
