using System.Text;
using System.Text.Json;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// The options every format shares: the language (Japanese by default, English where the rules carry English texts)
/// and the base folder that keeps a machine's folders out of every report.
/// </summary>
public sealed class ReportOptionsTests : IDisposable
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;
    private static readonly ReportOptions English = new() { Language = ReportLanguage.English };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-report-options-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<ReportFormat> Formats => [.. Enum.GetValues<ReportFormat>()];

    private static string Write(ReportFormat format, RuleRun run, EvaluationDocument? document, ReportOptions? options)
    {
        using var stream = new MemoryStream();
        Report.Write(format, run, document, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Japanese_IsTheDefault_AndEnglish_IsTheRulesEnglish(ReportFormat format)
    {
        var run = SampleFindingsTests.Run();

        var japanese = Write(format, run, Sample, options: null);
        var english = Write(format, run, Sample, English);

        // Line 353 of the sample: 海の子山の子交歓会の参加人数, 60人 targeted, 48人 reached, no 理由 (KMY001), as the rule's
        // Japanese and English templates word it. JSON and Markdown escape nothing of these characters; the others
        // escape quotes their own way, so the part without quotes is compared.
        Assert.Contains("「海の子山の子交歓会の参加人数」の実績 48人 が目標 60人 と異なりますが", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("differs from its target", japanese, StringComparison.Ordinal);
        Assert.Contains("海の子山の子交歓会の参加人数", english, StringComparison.Ordinal);
        Assert.Contains("differs from its target 60人, but no reason (理由) is written.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("と異なりますが", english, StringComparison.Ordinal);
    }

    [Fact]
    public void InEnglish_SarifDescribesTheRulesInEnglish_AndSaysItsLanguage()
    {
        using var japanese = JsonDocument.Parse(Write(ReportFormat.Sarif, SampleFindingsTests.Run(), Sample, null));
        using var english = JsonDocument.Parse(Write(ReportFormat.Sarif, SampleFindingsTests.Run(), Sample, English));

        var rule = (JsonDocument d) => d.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("ja", japanese.RootElement.GetProperty("runs")[0].GetProperty("language").GetString());
        Assert.Equal("en", english.RootElement.GetProperty("runs")[0].GetProperty("language").GetString());
        Assert.Equal("乖離があるのに理由がない", rule(japanese).GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Divergence without a reason", rule(english).GetProperty("shortDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void InEnglish_ARuleWithoutEnglishTexts_KeepsItsJapanese()
    {
        var descriptor = new RuleDescriptor { Id = "CITY001", Title = "市の規則", DefaultSeverity = DiagnosticSeverity.Warning, Category = "市", MessageFormat = "{x} がありません", Description = "市の説明" };
        var finding = new Finding("CITY001", DiagnosticSeverity.Warning, "予算書がありません", new DiagnosticLocation("5-1-1", null), []);
        var run = new RuleRun([descriptor], [finding], []);

        var markdown = Write(ReportFormat.Markdown, run, Sample, English);
        var json = Write(ReportFormat.Json, run, Sample, English);

        Assert.Contains("**CITY001** 予算書がありません", markdown, StringComparison.Ordinal);
        Assert.Contains("| ⚠️ Warnings | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"予算書がありません\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ABaseFolder_KeepsTheMachinesFoldersOutOfEveryFormat(ReportFormat format)
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "docs"));
        var file = Path.Combine(docs.FullName, "chapter5.txt");
        File.WriteAllText(file, BundledSample.ReadText());
        var document = TextSheetSource.FromFile(file).Read().Document;
        var run = RuleSet.FromRules(BuiltInRules.All()).Evaluate(document)
            .WithDiagnostics([new Diagnostic("KRD011", DiagnosticSeverity.Warning, "unrecognised", new Domain.Sources.SourcePosition(file, 2, 1), DiagnosticOrigin.Reader)]);

        var relative = Write(format, run, document, new ReportOptions { BaseFolder = _folder.FullName });
        var rooted = Write(format, run, document, options: null);

        Assert.Contains(_folder.FullName, rooted, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, relative, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Name, relative, StringComparison.Ordinal);
        Assert.Contains("docs/chapter5.txt", relative, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaseFolder_LeavesAFileOutsideIt_WhereItIs()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere", "city.txt");
        var finding = new Finding("CITY001", DiagnosticSeverity.Warning, "m", new DiagnosticLocation("5-1-1", new Domain.Sources.SourcePosition(elsewhere, 3, 4)), []);

        var text = Write(ReportFormat.Text, new RuleRun([], [finding], []), null, new ReportOptions { BaseFolder = _folder.FullName });

        Assert.Equal($"{elsewhere}(3,4): warning CITY001: m\n", text);
    }

    [Fact]
    public void TheOneDoor_WritesWhatEachFormatsOwnWriterWrites()
    {
        var run = SampleFindingsTests.Run();

        Assert.Equal(MarkdownReport.Write(run, Sample, English), Write(ReportFormat.Markdown, run, Sample, English));
        Assert.Equal(HtmlReport.Write(run, Sample), Write(ReportFormat.Html, run, Sample, null));
        using var text = new StringWriter();
        TextReport.Write(run, Sample, text);
        Assert.Equal(text.ToString(), Write(ReportFormat.Text, run, Sample, null));
        using var json = new MemoryStream();
        JsonReport.Write(run, json);
        Assert.Equal(Encoding.UTF8.GetString(json.ToArray()), Write(ReportFormat.Json, run, Sample, null));
        Assert.Equal(Enum.GetValues<ReportFormat>().Length, Report.Formats.Count);
        Assert.All(Report.Formats, f => Assert.Equal(f.Key, f.Value.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Json_WritesAHelpLinkEscaped_AndARelativeOneAsGiven()
    {
        RuleDescriptor Rule(string id, Uri help) => new() { Id = id, Title = "t", DefaultSeverity = DiagnosticSeverity.Info, Category = "c", MessageFormat = "m", Description = "d", HelpUri = help };
        var run = new RuleRun([Rule("CITY003", new Uri("https://city.example/規則/CITY003 \"a\"")), Rule("CITY004", new Uri("rules/CITY004.md", UriKind.Relative))], [], []);

        using var json = JsonDocument.Parse(Write(ReportFormat.Json, run, null, null));

        var rules = json.RootElement.GetProperty("rules");
        Assert.Equal("https://city.example/%E8%A6%8F%E5%89%87/CITY003%20%22a%22", rules[0].GetProperty("helpUri").GetString());
        Assert.Equal("rules/CITY004.md", rules[1].GetProperty("helpUri").GetString());
    }

    [Theory]
    [InlineData("{indicator} differs", null)]
    [InlineData("{unknown} differs", "placeholder {unknown}")]
    [InlineData(" ", "empty English MessageFormat")]
    public void EnglishTexts_AreValidatedAgainstTheRulesOwn(string english, string? problem)
    {
        var descriptor = new RuleDescriptor
        {
            Id = "CITY002",
            Title = "t",
            DefaultSeverity = DiagnosticSeverity.Info,
            Category = "c",
            MessageFormat = "「{indicator}」が違います",
            Description = "d",
            English = new RuleTranslation { Title = "T", MessageFormat = english, Description = "D" },
        };

        var problems = descriptor.Validate();

        if (problem is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryBuiltInRule_HasEnglishTexts_WithItsOwnPlaceholders()
    {
        Assert.All(BuiltInRules.All(), rule =>
        {
            Assert.NotNull(rule.Descriptor.English);
            Assert.Empty(rule.Descriptor.Validate());
            Assert.Equal(rule.Descriptor.Placeholders.Order(StringComparer.Ordinal), RuleDescriptor.PlaceholdersOf(rule.Descriptor.English!.MessageFormat).Order(StringComparer.Ordinal));
        });
    }
}
