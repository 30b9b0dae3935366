using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>A placeholder of the message that the rule never fills is a load error at the message, not a <c>{target}</c> in every finding.</summary>
public sealed class PlaceholderCheckTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    private static string Rule(string format, string report) => $$"""
        public sealed class Checked : Rule<Indicator>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "CITY001", Title = "t", DefaultSeverity = DiagnosticSeverity.Warning, Category = "c",
                MessageFormat = {{format}},
                Description = "d",
            };

            public override void Check(Indicator indicator, RuleContext context)
            {
                {{report}}
            }
        }
        """;

    private RuleLoadResult Load(string text) => RuleLoader.Load([RuleText.Source("rules/CITY001.csx", text)], _cache.Options);

    [Fact]
    public void APlaceholderNoReportFills_IsKrl003AtTheMessage()
    {
        var loaded = Load(Rule("\"「{indicator}」の実績 {actual} が目標 {target} と異なります\"", "context.Report((\"indicator\", indicator.Name), (\"target\", indicator.Target));"));

        Assert.Null(loaded.RuleSet);
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal(
            "rules/CITY001.csx(6,25): error KRL003: The message placeholder {actual} is never filled: no Report call of this rule gives (\"actual\", value), so every finding would print it as written.",
            diagnostic.ToString());
    }

    [Fact]
    public void PlaceholdersFilledAcrossReports_AndAConstantMessage_Load()
    {
        var loaded = Load(Rule(
            "Format",
            "if (indicator.Name.Length > 3) { context.Report((\"indicator\", indicator.Name)); } else { context.Report((\"indicator\", indicator.Name), (\"actual\", indicator.Actual)); }")
            .Replace("public override void Check", "private const string Format = \"{indicator}: {actual}\";\n\n    public override void Check", StringComparison.Ordinal));

        Assert.True(loaded.Success, loaded.ToString());
        loaded.RuleSet!.Dispose();
    }

    [Fact]
    public void ArgumentsMadeOtherwise_AreNotJudged()
    {
        var loaded = Load(Rule("\"{indicator} {actual}\"", "var arguments = new (string, object?)[] { (\"indicator\", indicator.Name) }; context.Report(arguments);"));

        Assert.True(loaded.Success, loaded.ToString());
        loaded.RuleSet!.Dispose();
    }
}
