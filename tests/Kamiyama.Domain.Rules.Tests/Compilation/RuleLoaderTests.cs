using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

public sealed class RuleLoaderTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Load_ValidRule_RunsOverDocumentAndReportsAtTheActual()
    {
        using var loaded = RuleLoader.Load([RuleText.Source("rules/KMY001-reason-required.csx", RuleText.ReasonRequired)], _cache.Options).RuleSet!;

        var run = loaded.Evaluate(RuleText.Document());

        var finding = Assert.Single(run.Findings);
        Assert.Equal("KMY001", finding.RuleId);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("広報事業/活動指標/相談回数/実績", finding.Location.Path);
        Assert.Equal("「相談回数」の実績 8回 が目標 10回 と異なりますが、理由がありません。", finding.Message);
        Assert.Equal("理由", Assert.Single(finding.Related).Label);
        Assert.Contains(run.Outcomes, o => o is { SubjectPath: "広報事業/活動指標/発行回数", Kind: OutcomeKind.Pass });
    }

    [Fact]
    public void Load_ValidRule_SucceedsWithItsDescriptor()
    {
        var result = RuleLoader.Load([RuleText.Source("rules/KMY001-reason-required.csx", RuleText.ReasonRequired)], _cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
        Assert.Empty(result.Diagnostics);
        Assert.Equal("KMY001", Assert.Single(rules!.Descriptors).Id);
    }

    [Fact]
    public void Load_TypoAtLine7_ReportsKrl001AtLine7OfThatFile()
    {
        const string text = """
            public sealed class Typo : Rule<Indicator>
            {
                public override RuleDescriptor Descriptor { get; } = new()
                {
                    Id = "KMY900", Title = "t", DefaultSeverity = DiagnosticSeverity.Error, Category = "c", MessageFormat = "m", Description = "d",
                };
                public override void Check(Indicator indicator, RuleContext context) { var n = indicator.Name }
            }
            """;

        var result = RuleLoader.Load([RuleText.Source("rules/typo.csx", text)], _cache.Options);

        Assert.Null(result.RuleSet);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("KRL001", error.Code);
        Assert.Equal(new SourcePosition("rules/typo.csx", 7, 99), error.Position);
        Assert.StartsWith("CS1002: ; expected", error.Message, StringComparison.Ordinal);
        Assert.Equal("rules/typo.csx(7,99): error KRL001: CS1002: ; expected", error.ToString());
    }

    [Fact]
    public void Load_ErrorsInTwoFiles_MapsEachToItsOwnFile()
    {
        var first = RuleText.Rule("First", "KMY901", "        var x = subject.Nmae;");
        var second = RuleText.Rule("Second", "KMY902", "\n\n        int y = \"text\";");

        var result = RuleLoader.Load([RuleText.Source("rules/a.csx", first), RuleText.Source("rules/b.csx", second)], _cache.Options);

        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal(("KRL001", new SourcePosition("rules/a.csx", 13, 25)), (d.Code, d.Position)),
            d => Assert.Equal(("KRL001", new SourcePosition("rules/b.csx", 15, 17)), (d.Code, d.Position)));
        Assert.StartsWith("CS1061:", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("CS0029:", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoSources_GivesAnEmptySet()
    {
        var result = RuleLoader.Load([], _cache.Options);

        Assert.True(result.Success);
        Assert.Empty(result.RuleSet!.Descriptors);
    }

    [Fact]
    public void LoadDirectory_ReadsEveryCsxInOrdinalOrder_AndNamesFilesAsGiven()
    {
        var folder = Path.Combine(_cache.Directory, "rules");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "b.csx"), RuleText.Rule("B", "KMY911", "        var x = subject.Nmae;"));
        File.WriteAllText(Path.Combine(folder, "a.csx"), RuleText.Rule("A", "KMY910", "        var x = subject.Nmae;"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a rule");

        var result = RuleLoader.LoadDirectory(folder, _cache.Options with { UseCache = false });

        Assert.Equal([Path.Combine(folder, "a.csx"), Path.Combine(folder, "b.csx")], result.Diagnostics.Select(d => d.Position!.Value.File));
    }

    [Fact]
    public void LoadBuiltIn_EveryEmbeddedRuleLoadsWithoutDiagnostics()
    {
        var result = RuleLoader.LoadBuiltIn(_cache.Options);
        using var rules = result.RuleSet;

        var embedded = typeof(RuleLoader).Assembly.GetManifestResourceNames()
            .Count(n => n.StartsWith("Kamiyama.Domain.Rules.BuiltIn.", StringComparison.Ordinal) && n.EndsWith(".csx", StringComparison.Ordinal));
        Assert.True(result.Success, result.ToString());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(embedded, rules!.Descriptors.Count);
    }

    [Fact]
    public void Load_RuleOverCitySubjects_RunsOnSubjectsOfItsType()
    {
        var rule = RuleText.Rule("LongName", "KMY920", "        if (subject.Length > 3) { context.Report((\"name\", subject)); }", subject: "string");
        using var rules = RuleLoader.Load([RuleText.Source("rules/long.csx", rule)], _cache.Options).RuleSet!;

        var run = rules.Evaluate([new Subject("長い名前です", "city/1"), new Subject("短い", "city/2"), new Subject(42, "city/3")]);

        Assert.Equal("「長い名前です」を確認してください。", Assert.Single(run.Findings).Message);
        Assert.Equal([OutcomeKind.Fail, OutcomeKind.Pass], run.Outcomes.Select(o => o.Kind));
    }
}
