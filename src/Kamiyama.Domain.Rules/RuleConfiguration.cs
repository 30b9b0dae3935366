using System.Text.Json;
using System.Text.Json.Serialization;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// Reads rule configuration (<c>kamiyama.json</c>, next to the documents or named on the command line):
/// <code>
/// {
///   "rules": { "KMY002": { "severity": "error", "enabled": true, "parameters": { "threshold": 0.3 } } },
///   "suppressions": [ { "rule": "KMY001", "path": "5-4-1/*", "justification": "…" } ],
///   "timeLimitMs": 2000
/// }
/// </code>
/// Problems are diagnostics with the file's line and column (code KRC001); reading never throws for bad content.
/// </summary>
public static class RuleConfiguration
{
    /// <summary>The file name looked for next to the documents.</summary>
    public const string FileName = DocumentInputs.ConfigurationFileName;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The options (the defaults where the file is wrong) and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (RuleOptions Options, ValueArray<Diagnostic> Diagnostics) ReadFile(string path) => Read(File.ReadAllText(path), path);

    /// <summary>Reads a configuration file for a rule set: a rule id that is not in the set is an error (KRC002).</summary>
    /// <param name="path">The file.</param>
    /// <param name="rules">The set the configuration is for.</param>
    /// <returns>The options (the defaults where the file is wrong) and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (RuleOptions Options, ValueArray<Diagnostic> Diagnostics) ReadFile(string path, RuleSet rules) => Read(File.ReadAllText(path), path, rules);

    /// <summary>Reads configuration text for a rule set: a rule id that is not in the set is an error (KRC002).</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="name">The name positions show.</param>
    /// <param name="rules">The set the configuration is for.</param>
    /// <returns>The options (the defaults where the text is wrong) and every problem found.</returns>
    public static (RuleOptions Options, ValueArray<Diagnostic> Diagnostics) Read(string json, string name, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var (options, problems) = Read(json, name);
        var known = rules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = options.Rules.Keys.Concat(options.Suppressions.Select(s => s.RuleId)).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var more = unknown.Select(id => Problem(name, json, $"\"{id}\"", $"The rule {id} is not in the rule set ({known.Count} rules: {string.Join(", ", known.Order(StringComparer.Ordinal))}).") with { Code = RuleDiagnosticCodes.UnknownRule, RuleId = id });
        return (options, problems.Concat(more).ToValueArray());
    }

    /// <summary>Reads configuration text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="name">The name positions show.</param>
    /// <returns>The options (the defaults where the text is wrong) and every problem found.</returns>
    public static (RuleOptions Options, ValueArray<Diagnostic> Diagnostics) Read(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        ConfigurationFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ConfigurationFile>(json, Json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return (RuleOptions.Default, [Problem(name, line, column, Explain(e, json))]);
        }

        var problems = new List<Diagnostic>();
        var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        foreach (var (id, settings) in file?.Rules ?? [])
        {
            DiagnosticSeverity? severity = null;
            if (settings.Severity is { } text)
            {
                if (Enum.TryParse<DiagnosticSeverity>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
                {
                    severity = parsed;
                }
                else
                {
                    problems.Add(Problem(name, json, $"\"{id}\"", $"The severity '{text}' of {id} is not one of error, warning, info."));
                }
            }

            rules[id] = new RuleSettings
            {
                Enabled = settings.Enabled ?? true,
                Severity = severity,
                Parameters = (settings.Parameters ?? []).ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal),
            };
        }

        var suppressions = new List<Suppression>();
        foreach (var entry in file?.Suppressions ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Rule) || string.IsNullOrWhiteSpace(entry.Path) || string.IsNullOrWhiteSpace(entry.Justification))
            {
                problems.Add(Problem(name, json, "\"suppressions\"", $"A suppression needs a rule, a path and a written justification; '{entry.Rule}' at '{entry.Path}' is ignored."));
                continue;
            }

            suppressions.Add(new Suppression(entry.Rule, entry.Path, entry.Justification));
        }

        var options = new RuleOptions
        {
            Rules = rules,
            Suppressions = suppressions,
            TimeLimit = file?.TimeLimitMs is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : RuleOptions.Default.TimeLimit,
        };
        return (options, problems.ToValueArray());
    }

    /// <summary>
    /// The configuration file next to the documents: <see cref="FileName"/> in the folder of the first file (not standard
    /// input), if it is there.
    /// </summary>
    /// <param name="files">The documents, as <see cref="DocumentInputs.Find"/> gives them.</param>
    /// <returns>Its path, or null.</returns>
    public static string? FindFor(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var first = files.FirstOrDefault(f => f != DocumentInputs.StandardInput);
        if (first is null || Path.GetDirectoryName(Path.GetFullPath(first)) is not { } folder)
        {
            return null;
        }

        var candidate = Path.Combine(folder, FileName);
        return File.Exists(candidate) ? candidate : null;
    }

    /// <summary>
    /// What was wrong, in the configuration's own words (never the name of a type of this library), told from where it
    /// was (<see cref="JsonException.Path"/>) and what the text holds there, never from the exception's message: JSON that
    /// does not parse, a property that is not a setting at its place, or a value of the wrong type.
    /// </summary>
    private static string Explain(JsonException e, string json)
    {
        var at = e.Path ?? "$";
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = Json.AllowTrailingCommas, CommentHandling = Json.ReadCommentHandling });
        }
        catch (JsonException)
        {
            return "The configuration is not valid JSON (a missing quote, comma or brace, or text after the end).";
        }

        var segments = Segments(at);
        var known = segments switch
        {
            [_] => TopSettings,
            ["rules", _, _] => RuleSettingNames,
            ["suppressions", _, _] => SuppressionSettingNames,
            _ => null,
        };
        return known is not null && !known.Contains(segments[^1])
            ? $"'{segments[^1]}' is not a setting here (at {at}); the file knows rules (severity, enabled, parameters), suppressions (rule, path, justification) and timeLimitMs."
            : $"The value at {at} has the wrong type (a number, text, true or false, a list or an object where another was expected).";
    }

    private static readonly HashSet<string> TopSettings = new(StringComparer.Ordinal) { "rules", "suppressions", "timeLimitMs" };

    private static readonly HashSet<string> RuleSettingNames = new(StringComparer.Ordinal) { "severity", "enabled", "parameters" };

    private static readonly HashSet<string> SuppressionSettingNames = new(StringComparer.Ordinal) { "rule", "path", "justification" };

    /// <summary>The names of a JSON path (<c>$.rules['KMY001'].severty</c>, <c>$.suppressions[0].rul</c>): properties, and indexes as they are.</summary>
    private static string[] Segments(string path)
    {
        var segments = new List<string>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                close = close < 0 ? path.Length - 1 : close;
                segments.Add(path[(i + 1)..close].Trim('\'', '"'));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return [.. segments];
    }

    private static Diagnostic Problem(string name, int line, int column, string message) =>
        new(RuleDiagnosticCodes.InvalidConfiguration, DiagnosticSeverity.Error, message, new SourcePosition(name, line, column), DiagnosticOrigin.Configuration);

    /// <summary>A problem located at the first occurrence of <paramref name="anchor"/> in the text (the JSON object model keeps no positions).</summary>
    private static Diagnostic Problem(string name, string json, string anchor, string message)
    {
        var index = Math.Max(0, json.IndexOf(anchor, StringComparison.Ordinal));
        var line = 1 + json.AsSpan(0, index).Count('\n');
        var column = index - (json.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return Problem(name, line, Math.Max(1, column), message);
    }

    private sealed class ConfigurationFile
    {
        public Dictionary<string, RuleEntry>? Rules { get; set; }

        public List<SuppressionEntry>? Suppressions { get; set; }

        public int? TimeLimitMs { get; set; }
    }

    private sealed class RuleEntry
    {
        public string? Severity { get; set; }

        public bool? Enabled { get; set; }

        public Dictionary<string, JsonElement>? Parameters { get; set; }
    }

    private sealed class SuppressionEntry
    {
        public string? Rule { get; set; }

        public string? Path { get; set; }

        public string? Justification { get; set; }
    }
}
