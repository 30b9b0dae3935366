using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// What SarifReport writes is valid against the SARIF 2.1.0 schema OASIS published (Reports/Schemas, with its source), for
/// every kind of run: the sample, every kind of diagnostic, hostile text, with and without a base folder, an empty run.
/// </summary>
public sealed class SarifSchemaTests : IDisposable
{
    private static readonly string SchemaPath = Path.Combine(ReportFiles.SolutionFolder, "tests", "Kamiyama.Domain.Rules.Tests", "Reports", "Schemas", "sarif-schema-2.1.0.json");

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-sarif-schema-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>
    /// The published schema is draft-04, which JsonSchema.Net does not evaluate; read as draft-07 it means the same as long
    /// as it uses none of the keywords whose meaning changed, which is checked here rather than assumed.
    /// </summary>
    private static JsonSchema Load()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        if ((string?)schema["$schema"] != "http://json-schema.org/draft-04/schema#" || schema["id"] is null)
        {
            throw new InvalidOperationException("The SARIF schema is no longer the draft-04 one: review how SarifSchemaTests reads it.");
        }

        if (KeywordsIn(schema).FirstOrDefault(k => k is "exclusiveMinimum" or "exclusiveMaximum" or "dependencies" or "id") is { } changed)
        {
            throw new InvalidOperationException($"The SARIF schema uses '{changed}', whose meaning differs between draft-04 and draft-07.");
        }

        // Its draft-04 id becomes the base URI it is built at (as a draft-07 $id beside a generated base URI it is registered twice and refused).
        var id = new Uri((string)schema["id"]!);
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), baseUri: id);
    }

    /// <summary>The keywords used below the root: every key of a schema object, not the property names a <c>properties</c> or <c>definitions</c> declares.</summary>
    private static IEnumerable<string> KeywordsIn(JsonObject schema)
    {
        foreach (var (key, value) in schema)
        {
            if (schema.Parent is not null)
            {
                yield return key;
            }

            IEnumerable<JsonNode?> children = key is "properties" or "definitions" or "patternProperties" && value is JsonObject map
                ? map.Select(p => p.Value)
                : value is JsonArray array ? array : new[] { value };
            foreach (var child in children.OfType<JsonObject>())
            {
                foreach (var keyword in KeywordsIn(child))
                {
                    yield return keyword;
                }
            }
        }
    }

    internal static string Sarif(RuleRun run, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        SarifReport.Write(run, stream, options ?? new ReportOptions());
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The schema's findings about a log: each with the JSON pointer of the value, the schema's path to the keyword and its
    /// message; empty when valid. Only the branches that failed are read: an <c>anyOf</c> that holds keeps the errors of its
    /// other branches, which say nothing wrong.
    /// </summary>
    internal static List<string> Problems(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true, Culture = CultureInfo.InvariantCulture });
        return result.IsValid ? [] : [.. Failures(result).DefaultIfEmpty("invalid, without details")];
    }

    private static IEnumerable<string> Failures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return [];
        }

        var children = node.Details ?? [];
        var held = children.Where(c => Branch(c) is not null).GroupBy(Branch).Where(g => g.Any(c => c.IsValid)).SelectMany(g => g).ToHashSet();
        return (node.Errors ?? new Dictionary<string, string>()).Select(e => $"{node.InstanceLocation} ({node.EvaluationPath}/{e.Key}): {e.Value}")
            .Concat(children.Where(c => !held.Contains(c)).SelectMany(Failures));
    }

    /// <summary>The <c>anyOf</c> or <c>oneOf</c> a result is a branch of, if it is one.</summary>
    private static string? Branch(EvaluationResults result)
    {
        var path = result.EvaluationPath.ToString();
        var at = Regex.Match(path, "/(anyOf|oneOf)/[0-9]+$", RegexOptions.CultureInvariant);
        return at.Success ? path[..at.Index] : null;
    }

    internal static void AssertValid(string sarif)
    {
        var problems = Problems(sarif);
        Assert.True(problems.Count == 0, "Not valid SARIF 2.1.0:\n" + string.Join("\n", problems));
    }

    /// <summary>A run with every kind of diagnostic: reader warnings, configuration and load problems, engine errors, suppressed findings.</summary>
    internal static RuleRun EveryKind()
    {
        var lines = BundledSample.ReadText().Split('\n');
        lines[4] += "\n\n※ 担当：企画係";
        var read = TextSheetSource.FromString(string.Join('\n', lines), "docs/city.txt").Read();
        var set = RuleSet.FromRules([.. BuiltInRules.All(), new Throws()]);
        var (options, _) = RuleConfiguration.Read("""{ "suppressions": [ { "rule": "KMY003", "path": "5-1-1/*", "justification": "計画どおり" }, { "rule": "KMY001", "path": "5-3-1/*", "justification": "委員の交代で回数が減った" } ] }""", "kamiyama.json", set);
        var (_, configured) = RuleConfiguration.Read("""{ "rules": { "CITY999": { "enabled": false } } }""", "other.json", set);
        var load = new Diagnostic(RuleDiagnosticCodes.Refused, DiagnosticSeverity.Error, "System.IO.File is not allowed in a rule.", new SourcePosition("rules/city.csx", 3, 9), DiagnosticOrigin.Load);
        return set.Evaluate(read.Document, options).WithDiagnostics([.. read.Diagnostics, .. configured, load]);
    }

    [Fact]
    public void TheSamplesRun_IsValid() => AssertValid(Sarif(SampleFindingsTests.Run(), new ReportOptions { ToolVersion = "0.1.0", InformationUri = new Uri("https://example.org/kamiyama") }));

    [Fact]
    public void ARunWithEveryKindOfDiagnostic_IsValid()
    {
        var run = EveryKind();

        var sarif = Sarif(run);

        Assert.Equal([DiagnosticOrigin.Reader, DiagnosticOrigin.Configuration, DiagnosticOrigin.Load, DiagnosticOrigin.Engine], run.Diagnostics.Select(d => d.Origin).Distinct());
        Assert.Equal(2, run.Findings.Count(f => f.IsSuppressed && f.Severity != DiagnosticSeverity.Info));
        AssertValid(sarif);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PathsWithAndWithoutABaseFolder_AreValid(bool withBase)
    {
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder.FullName, "docs 2022")).FullName, "上山市 第5章#1.txt");
        File.WriteAllText(file, BundledSample.ReadText());
        var run = RuleSet.FromRules(BuiltInRules.All()).Evaluate(TextSheetSource.FromFile(file).Read().Document);
        var outside = new Diagnostic(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, "outside", new SourcePosition("/elsewhere/x.txt", 1, 1), DiagnosticOrigin.Reader);
        var relative = new Diagnostic(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, "relative", new SourcePosition("sub dir/y.txt", 1, 1), DiagnosticOrigin.Reader);

        var sarif = Sarif(run.WithDiagnostics([outside, relative]), new ReportOptions { BaseFolder = withBase ? _folder.FullName : null });

        Assert.Contains(withBase ? "docs%202022/" : "file:///", sarif, StringComparison.Ordinal);
        AssertValid(sarif);
    }

    [Fact]
    public void AnEmptyRun_IsValid()
    {
        var sarif = Sarif(new RuleRun([], [], []));

        using var document = JsonDocument.Parse(sarif);
        Assert.Equal(0, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        AssertValid(sarif);
    }

    [Fact]
    public void HostileText_IsValid()
    {
        var hostile = "\0\u0001\u001b[31m\u007f\u0085\u2028 \"}{0}{{\\ [x](0) </script>\uD800 \uDFFF\r\n" + new string('長', 100_000);
        var descriptor = new RuleDescriptor { Id = "ZZZ012", Title = hostile, DefaultSeverity = DiagnosticSeverity.Error, Category = hostile, MessageFormat = hostile, Description = hostile, HelpUri = new Uri("https://city.example/規則/ZZZ012?q=\"x\"") };
        var at = new DiagnosticLocation("5-1-1/目標値/" + hostile, new SourcePosition("docs/" + hostile + ".txt", 1, 1), hostile);
        var finding = new Finding("ZZZ012", DiagnosticSeverity.Error, hostile, at, [at, new DiagnosticLocation(hostile, null, hostile)], suppression: hostile);
        var engine = new RuleOutcome("ZZZ012", hostile, OutcomeKind.Error, hostile);
        var reader = new Diagnostic("KRD" + hostile, DiagnosticSeverity.Warning, hostile, at, DiagnosticOrigin.Reader);
        var configuration = new Diagnostic(RuleDiagnosticCodes.UnknownRule, DiagnosticSeverity.Error, hostile, at, DiagnosticOrigin.Configuration) { RuleId = hostile };
        var run = new RuleRun([descriptor], [finding], [reader, configuration], [engine]);

        var sarif = Sarif(run, new ReportOptions { ToolName = hostile, ToolVersion = hostile, BaseFolder = _folder.FullName });

        Assert.Contains(@"\u001B[31m", sarif, StringComparison.Ordinal); // escaped, not raw
        Assert.DoesNotContain('\u001b', sarif);
        var tail = sarif[(sarif.IndexOf("</script>", StringComparison.Ordinal) + 9)..];
        Assert.StartsWith(@"\uFFFD \uFFFD\r\n長", tail, StringComparison.Ordinal); // a lone surrogate becomes U+FFFD: the log stays UTF-8
        var kept = hostile.Replace('\uD800', '\uFFFD').Replace('\uDFFF', '\uFFFD');
        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(kept.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), r.GetProperty("message").GetProperty("text").GetString()));
        Assert.Equal(kept, results[1].GetProperty("suppressions")[0].GetProperty("justification").GetString()); // a justification is no message string
        AssertValid(sarif);
    }

    [Theory]
    [InlineData("/runs/0/results/0/message", "")]
    [InlineData("/runs/0/results/0/level", "\"fatal\"")]
    [InlineData("/runs/0/results/0/locations/0/physicalLocation/region/startLine", "0")]
    [InlineData("/runs/0/results/0/suppressions", "[{ \"justification\": \"no kind\" }]")]
    [InlineData("/runs/0/invocations/0/executionSuccessful", "")]
    [InlineData("/runs/0/tool/driver/informationUri", "\"not a uri\"")]
    [InlineData("/version", "\"2.2.0\"")]
    public void ABrokenLog_IsCaught_WithTheJsonPointerOfWhatIsWrong(string pointer, string value)
    {
        var log = JsonNode.Parse(Sarif(SampleFindingsTests.Run(), new ReportOptions { InformationUri = new Uri("https://example.org/") }))!;
        var parent = log;
        var names = pointer.Split('/')[1..];
        foreach (var name in names[..^1])
        {
            parent = int.TryParse(name, CultureInfo.InvariantCulture, out var i) ? parent[i]! : parent[name]!;
        }

        if (value.Length == 0)
        {
            parent.AsObject().Remove(names[^1]);
        }
        else
        {
            parent[names[^1]] = JsonNode.Parse(value);
        }

        var problems = Problems(log.ToJsonString());

        var owner = value.Length == 0 ? pointer[..pointer.LastIndexOf('/')] : pointer; // a missing property is the object's problem
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith(owner, p, StringComparison.Ordinal));
        var failure = Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(log.ToJsonString()));
        Assert.Contains("\n" + problems[0], failure.Message, StringComparison.Ordinal);
    }

    private sealed class Throws : Rule<Kamiyama.Domain.Sheets.MeasureSheet>
    {
        public override RuleDescriptor Descriptor { get; } = new() { Id = "ZZZ011", Title = "throws", DefaultSeverity = DiagnosticSeverity.Error, Category = "test", MessageFormat = "{text}", Description = "Throws on every measure." };

        public override void Check(Kamiyama.Domain.Sheets.MeasureSheet sheet, RuleContext context) => throw new InvalidOperationException("x");
    }
}
