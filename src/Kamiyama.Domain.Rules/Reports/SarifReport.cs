using System.Text.Encodings.Web;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as SARIF 2.1.0. Results: each finding (<c>ruleId</c>, <c>level</c>, <c>message.text</c>, the physical location
/// when known, <c>logicalLocations</c> with the logical path, related locations, whether it is suppressed and why) and
/// each reader diagnostic (its <c>KRD…</c> code as the rule, described in <c>tool.driver.rules</c> beside the run's
/// rules): both are about the document. Configuration and load diagnostics are tool configuration notifications, engine errors tool execution
/// notifications (with the rule they concern), as the specification intends. No timestamps: deterministic.
/// </summary>
public static class SarifReport
{
    /// <summary>Where the schema of the log can be obtained (§3.13.3): the one OASIS published with the standard's Errata 01, which the tests validate against.</summary>
    internal const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly Dictionary<string, string> ReaderCodeNames = typeof(ReaderDiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The tool's name and version, its information URI, and the base folder of relative paths.</param>
    /// <exception cref="ArgumentException">The information URI is relative.</exception>
    public static void Write(RuleRun run, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportOptions.Default;
        if (options.InformationUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException($"The information URI '{options.InformationUri}' is relative; SARIF's informationUri is an absolute URI.", nameof(options));
        }

        run = ReportView.Prepare(run, options);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        var readerResults = run.Diagnostics.Where(d => d.Origin == DiagnosticOrigin.Reader).ToList();
        var ruleIds = run.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var readerCodes = readerResults.Select(d => d.Code).Where(c => !ruleIds.Contains(c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, i) in run.Rules.Select(r => r.Id).Concat(readerCodes).Select((id, i) => (id, i)))
        {
            index.TryAdd(id, i); // a host's run may list a rule twice: results refer to the first
        }

        var paths = new SarifPaths();
        var fingerprints = new Fingerprints();
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
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
            Description(json, "shortDescription", rule.Title);
            Description(json, "fullDescription", rule.Description);
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

        // The language of the run's messages (SARIF's default is en-US): the rules' own words are Japanese.
        json.WriteString("language", options.Language == ReportLanguage.English ? "en" : "ja");
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
            ReportStreaming.Pace(json);
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
            ReportStreaming.Pace(json);
        }

        json.WriteEndArray();

        // §3.14.27: a run with results from text files says how it counts columns; SourcePosition counts UTF-16 code units.
        json.WriteString("columnKind", "utf16CodeUnits");
        if (paths.Used)
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifPaths.BaseId);
            Message(json, "description", "The folder the report's relative paths are relative to, unnamed: the base folder its writer chose, else the one the run's relative paths were read from.", whenEmpty: string.Empty);
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

        // §3.27.6: ruleIndex only where tool.driver.rules describes the rule (a host's run may have findings of rules it
        // does not list).
        if (index.TryGetValue(diagnostic.Code, out var ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", TextReport.LevelName(diagnostic.Severity));
        Message(json, "message", diagnostic.Message, diagnostic.Code);
        json.WriteStartArray("locations");
        if (diagnostic.Position is not null || diagnostic.Location.Path.Length > 0 || diagnostic.Location.Label is { Length: > 0 })
        {
            Location(json, diagnostic.Location, id: null, paths); // none rather than one that says nothing (§3.27.12, §3.28.1)
        }

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
            Message(json, "message", diagnostic.Message, diagnostic.Code);
            if (diagnostic.Position is not null || diagnostic.Location.Path.Length > 0)
            {
                json.WriteStartArray("locations");
                Location(json, diagnostic.Location, id: null, paths);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            ReportStreaming.Pace(json);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// A message object or a multiformat message string (§3.11, §3.12) with plain text, "{" and "}" doubled: SARIF message
    /// strings write them so beside their <c>{0}</c> placeholders (§3.11.5), and a consumer that fills placeholders (with
    /// <c>string.Format</c>, say) would otherwise fail on a brace in a document's text. The text is never empty
    /// (§3.11.8, §3.12.3): an empty message says its code instead.
    /// </summary>
    private static void Message(Utf8JsonWriter json, string name, string text, string whenEmpty)
    {
        json.WriteStartObject(name);
        json.WriteString("text", (text.Length > 0 ? text : whenEmpty).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        json.WriteEndObject();
    }

    /// <summary>A description, left out when empty (only a host's own descriptor can have one).</summary>
    private static void Description(Utf8JsonWriter json, string name, string text)
    {
        if (text.Length > 0)
        {
            Message(json, name, text, whenEmpty: text);
        }
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
        if (location.Label is { Length: > 0 } label)
        {
            Message(json, "message", label, whenEmpty: label);
        }

        json.WriteEndObject();
    }
}
