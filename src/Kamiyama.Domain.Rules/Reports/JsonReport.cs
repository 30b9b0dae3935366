using System.Text.Encodings.Web;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as JSON for programs (<c>reportVersion</c> 2, described by the JSON Schema <c>schemas/report.schema.json</c>): rules, findings (with related locations and suppressions), every
/// other diagnostic (reader, configuration, load, engine) with its code, stage and location, and the summary counts.
/// </summary>
public static class JsonReport
{
    /// <summary>The version of the format this writes (<c>reportVersion</c>), described by <c>schemas/report.schema.json</c>.</summary>
    public const int ReportVersion = 2;

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    public static void Write(RuleRun run, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        run = ReportView.Prepare(run, options);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteNumber("reportVersion", ReportVersion);
        json.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("defaultSeverity", Name(rule.DefaultSeverity));
            json.WriteString("category", rule.Category);
            json.WriteString("description", rule.Description);
            // Escaped as a URI (Uri.ToString() gives back non-ASCII text and quotes as written); a relative link as given.
            json.WriteString("helpUri", rule.HelpUri is { } help ? help.IsAbsoluteUri ? help.AbsoluteUri : help.OriginalString : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in run.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", Name(finding.Severity));
            json.WriteString("message", finding.Message);
            json.WritePropertyName("location");
            WriteLocation(json, finding.Location);
            json.WriteStartArray("related");
            foreach (var related in finding.Related)
            {
                WriteLocation(json, related);
            }

            json.WriteEndArray();
            json.WriteString("suppression", finding.Suppression);
            json.WriteEndObject();
            ReportStreaming.Pace(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in run.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("origin", JsonNamingPolicy.CamelCase.ConvertName(diagnostic.Origin.ToString()));
            json.WriteString("severity", Name(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.RuleId is not null)
            {
                json.WriteString("ruleId", diagnostic.RuleId);
            }

            json.WritePropertyName("location");
            WriteLocation(json, diagnostic.Location);
            json.WriteEndObject();
            ReportStreaming.Pace(json);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info })
        {
            json.WriteNumber(Name(severity), run.Count(severity));
        }

        json.WriteNumber("suppressed", run.Findings.Count(f => f.IsSuppressed));
        json.WriteNumber("ruleFailures", run.EngineErrors.Count());
        json.WriteStartObject("outcomes");
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), run.Count(kind));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Name(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static void WriteLocation(Utf8JsonWriter json, DiagnosticLocation location)
    {
        json.WriteStartObject();
        if (location.Path.Length > 0)
        {
            json.WriteString("path", location.Path);
        }

        if (location.Label is not null)
        {
            json.WriteString("label", location.Label);
        }

        if (location.Position is { } position)
        {
            json.WriteString("file", position.File);
            json.WriteNumber("line", position.Line);
            json.WriteNumber("column", position.Column);
        }

        json.WriteEndObject();
    }
}
