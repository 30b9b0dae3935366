using System.Text.Encodings.Web;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as SARIF 2.1.0: the rules' descriptors in <c>tool.driver.rules</c>; for each finding <c>ruleId</c>,
/// <c>level</c>, <c>message.text</c>, the physical location when known, <c>logicalLocations</c> with the logical path,
/// related locations and suppressions; engine errors as tool execution notifications. No timestamps: deterministic.
/// </summary>
public static class SarifReport
{
    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="toolVersion">The version of the tool that ran the rules.</param>
    public static void Write(RuleRun run, Stream stream, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        var index = run.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kamiyama");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Title);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description);
            if (rule.HelpUri is not null)
            {
                json.WriteString("helpUri", rule.HelpUri.ToString());
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

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !run.EngineErrors.Any());
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in run.EngineErrors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            Text(json, "message", $"{error.RuleId} failed on {error.SubjectPath}: {error.Error}");
            json.WriteStartObject("associatedRule");
            json.WriteString("id", error.RuleId);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var finding in run.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteNumber("ruleIndex", index[finding.RuleId]);
            json.WriteString("level", TextReport.LevelName(finding.Severity));
            Text(json, "message", finding.Message);
            json.WriteStartArray("locations");
            Location(json, finding.Location, id: null);
            json.WriteEndArray();
            if (finding.Related.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (var i = 0; i < finding.Related.Count; i++)
                {
                    Location(json, finding.Related[i], id: i);
                }

                json.WriteEndArray();
            }

            if (finding.Suppression is not null)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "external");
                json.WriteString("justification", finding.Suppression);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, DiagnosticLocation location, int? id)
    {
        json.WriteStartObject();
        if (id is { } n)
        {
            json.WriteNumber("id", n);
        }

        if (location.Position is { } position)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(position.File));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", position.Line);
            json.WriteNumber("startColumn", position.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", location.Path);
        json.WriteString("name", location.Path[(location.Path.LastIndexOf('/') + 1)..]);
        json.WriteEndObject();
        json.WriteEndArray();
        if (location.Label is not null)
        {
            Text(json, "message", location.Label);
        }

        json.WriteEndObject();
    }

    /// <summary>A URI for a file: relative paths stay relative references, rooted ones become file URIs; segments escaped.</summary>
    private static string Uri(string file)
    {
        var escaped = string.Join('/', file.Replace('\\', '/').Split('/').Select(s => s.Length == 0 || s.EndsWith(':') ? s : System.Uri.EscapeDataString(s)));
        return Path.IsPathRooted(file) ? "file://" + (escaped.StartsWith('/') ? escaped : "/" + escaped) : escaped;
    }
}
