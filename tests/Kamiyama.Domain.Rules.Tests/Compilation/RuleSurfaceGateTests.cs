using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>The rule surface through the gate: a sample of refusals, one or more per reason, and what rules may still use.</summary>
public sealed class RuleSurfaceGateTests : IDisposable
{
    private const string File = "rules/surface.csx";
    private const string Engine = "rules cannot load, configure or run rules.";
    private const string Documents = "documents are read, combined and written by the host.";
    private const string Positions = "source positions are the host's: a rule points at elements, and the engine finds their positions (a rule in a worker process has none).";
    private const string Files = "it reads or writes files.";
    private const string UseRulePattern = "use RulePattern, whose matches run within the rule's time budget.";
    private const string ProcessState = "it changes state shared by the whole process.";
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("var c = RuleConfiguration.ReadFile(\"/etc/passwd\");", "Kamiyama.Domain.Rules.RuleConfiguration.ReadFile is not allowed in rules: " + Files)]
    [InlineData("var c = RuleConfiguration.Read(\"{}\", \"x.json\");", "Kamiyama.Domain.Rules.RuleConfiguration.Read is not allowed in rules: " + Engine)]
    [InlineData("var set = RuleSet.FromRules();", "Kamiyama.Domain.Rules.RuleSet.FromRules is not allowed in rules: " + Engine)]
    [InlineData("var o = new RuleOptions { TimeLimit = TimeSpan.MaxValue };", "new Kamiyama.Domain.Rules.RuleOptions is not allowed in rules: " + Engine)]
    [InlineData("var o = new RuleOptions { TimeLimit = TimeSpan.MaxValue };", "Kamiyama.Domain.Rules.RuleOptions.TimeLimit is not allowed in rules: " + Engine)]
    [InlineData("var o = RuleOptions.Default with { TimeLimit = TimeSpan.MaxValue };", "Kamiyama.Domain.Rules.RuleOptions.Default is not allowed in rules: " + Engine)]
    [InlineData("var s = new Suppression(\"KMY001\", \"*\", \"x\");", "new Kamiyama.Domain.Rules.Suppression is not allowed in rules: " + Engine)]
    [InlineData("var r = Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadDirectory(\"x\");", "Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadDirectory is not allowed in rules: " + Engine)]
    [InlineData("var s = new Subject(subject, \"x\");", "new Kamiyama.Domain.Rules.Subject is not allowed in rules: " + Engine)]
    [InlineData("var s = Kamiyama.Domain.Json.JsonSheetSource.FromFile(\"/etc/passwd\");", "Kamiyama.Domain.Json.JsonSheetSource.FromFile is not allowed in rules: " + Files)]
    [InlineData("var s = Kamiyama.Domain.TextLayout.TextSheetSource.FromString(\"x\", \"y\");", "Kamiyama.Domain.TextLayout.TextSheetSource.FromString is not allowed in rules: " + Documents)]
    [InlineData("var j = Kamiyama.Domain.Json.EvaluationJson.Serialize(context.Document!);", "Kamiyama.Domain.Json.EvaluationJson.Serialize is not allowed in rules: " + Documents)]
    [InlineData("var t = Kamiyama.Domain.TextLayout.TextLayoutWriter.Write(context.Document!);", "Kamiyama.Domain.TextLayout.TextLayoutWriter.Write is not allowed in rules: " + Documents)]
    [InlineData("var b = new Kamiyama.Domain.Sources.SourceMap.Builder();", "new Kamiyama.Domain.Sources.SourceMap.Builder is not allowed in rules: " + Documents)]
    [InlineData("var d = EvaluationDocument.Combine([context.Document!]);", "Kamiyama.Domain.EvaluationDocument.Combine is not allowed in rules: " + Documents)]
    [InlineData("Kamiyama.Domain.Sources.ISheetSource? s = null;", "Kamiyama.Domain.Sources.ISheetSource is not allowed in rules: " + Documents)]
    [InlineData("var at = context.Document?.Sources;", "Kamiyama.Domain.EvaluationDocument.Sources is not allowed in rules: " + Positions)]
    [InlineData("Kamiyama.Domain.Sources.SourceMap? map = null;", "Kamiyama.Domain.Sources.SourceMap is not allowed in rules: " + Positions)]
    [InlineData("var t = Kamiyama.Domain.Rules.Testing.RuleTester.For();", "Kamiyama.Domain.Rules.Testing.RuleTester.For is not allowed in rules: the rule test kit is for tests.")]
    [InlineData("var t = Kamiyama.Domain.Rules.Reports.TextReport.Write(null!);", "Kamiyama.Domain.Rules.Reports.TextReport.Write is not allowed in rules: reports are made by the host.")]
    [InlineData("Finding? f = null;", "Kamiyama.Domain.Rules.Finding is not allowed in rules: findings and outcomes are made by the engine; a rule reports through its context.")]
    [InlineData("RuleGuard.Tick();", "Kamiyama.Domain.Rules.Authoring.RuleGuard.Tick is not allowed in rules: the engine inserts its guards itself.")]
    [InlineData("throw new RuleTimeoutException(TimeSpan.Zero);", "new Kamiyama.Domain.Rules.Authoring.RuleTimeoutException is not allowed in rules: the engine inserts its guards itself.")]
    [InlineData("var r = Kamiyama.Domain.Time.JapaneseEraRegistry.Default.Add(Kamiyama.Domain.Time.JapaneseEra.Reiwa);", "Kamiyama.Domain.Time.JapaneseEraRegistry.Add is not allowed in rules: eras are registered by the host, not by a rule.")]
    [InlineData("var t = SubjectType;", "Kamiyama.Domain.Rules.Authoring.Rule.SubjectType is not allowed in rules: reflection.")]
    [InlineData("var ok = Regex.IsMatch(subject.Name, \"x\");", "System.Text.RegularExpressions.Regex.IsMatch is not allowed in rules: " + UseRulePattern)]
    [InlineData("var r = new Regex(\"x\", RegexOptions.None, TimeSpan.FromSeconds(1));", "new System.Text.RegularExpressions.Regex is not allowed in rules: " + UseRulePattern)]
    [InlineData("Match? m = null;", "System.Text.RegularExpressions.Match is not allowed in rules: " + UseRulePattern)]
    [InlineData("var p = NodaTime.DateTimeZoneProviders.Serialization;", "NodaTime.DateTimeZoneProviders.Serialization is not allowed in rules: " + ProcessState)]
    [InlineData("System.Globalization.CultureInfo.InvariantCulture.ClearCachedData();", "System.Globalization.CultureInfo.ClearCachedData is not allowed in rules: " + ProcessState)]
    public void Load_RefusedSurface_ReportsKrl002NamingTheApi(string statement, string message)
    {
        var result = Load(RuleText.Rule("Surface", "KMY940", "        " + statement));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Message == message);
        Assert.Equal(("KRL002", File, 13), (refusal.Code, refusal.Position!.Value.File, refusal.Position!.Value.Line));
    }

    [Fact]
    public void Load_ARuleInTheLibrarysOwnNamespace_GetsNothingMore()
    {
        var text = "namespace Kamiyama.Domain.Rules.Compilation;\n" + RuleText.Rule("Surface", "KMY941", "        var r = RuleLoader.LoadBuiltIn();");

        var result = Load(text);

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message == "Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadBuiltIn is not allowed in rules: " + Engine);
    }

    [Theory]
    [InlineData("var projects = context.Document!.ProjectsOf(PlanCode.Parse(\"5-4-1\")); var measures = context.Document.MeasuresOf(projects[0]); var n = projects.Count + measures.Count + context.Document.Sheets.Count;")]
    [InlineData("var year = FiscalYear.Parse(\"令和4年度\"); var lenient = FiscalYearPattern.Lenient.Parse(\"平成32年度\"); var w = lenient.Warnings.Count; var text = year.ToString(); var era = JapaneseEraRegistry.Default.Eras[^1].Name + JapaneseEra.Reiwa.Name;")]
    [InlineData("var copy = subject with { Name = \"x\" }; var rule = context.Rule with { Id = \"KMY999\" }; var value = IndicatorValue.Of(10, Unit.Times); var known = Unit.Known.Count;")]
    [InlineData("var p = new RulePattern(\"(回)数$\", RegexOptions.IgnoreCase); var m = p.Match(subject.Name); var g = m.Success ? m.Group(1) : RulePattern.Escape(\"?\"); var n = p.Matches(subject.Name).Count + p.Split(subject.Name).Count; var r = p.Replace(subject.Name, \"x\"); var ok = p.IsMatch(subject.Name);")]
    [InlineData("var path = context.Subject.Path; var parent = context.Subject.Parent?.Nearest<Sheet>(); var rate = subject.AchievementRate?.Percent;")]
    [InlineData("var money = Money.FromThousandYen(6317) + Money.Zero; var division = StandardDivisions.All[0].Name; var items = context.Document?.Plan.Chapters.SelectMany(c => c.Policies).Count();")]
    [InlineData("var descriptor = new RuleDescriptor { Id = \"KMY998\", Title = \"t\", DefaultSeverity = DiagnosticSeverity.Info, Category = \"c\", MessageFormat = \"{a}\", Description = \"d\" }; var problems = descriptor.Validate().Count + descriptor.Placeholders.Count;")]
    public void Load_AllowedSurface_LoadsWithoutRefusal(string statement)
    {
        var result = Load(RuleText.Rule("Allowed", "KMY942", "        " + statement));
        using var rules = result.RuleSet;

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void LoadBuiltIn_StillLoadsUnderTheSurface()
    {
        var result = RuleLoader.LoadBuiltIn(_cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(9, rules!.Descriptors.Count);
    }

    private RuleLoadResult Load(string text) => RuleLoader.Load([RuleText.Source(File, text)], _cache.Options);
}
