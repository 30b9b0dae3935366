using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

public sealed class RuleActivationTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Load_DuplicateIdsAcrossFiles_ReportsKrl003AtBothClassDeclarations()
    {
        var result = RuleLoader.Load(
            [
                RuleText.Source("rules/one.csx", RuleText.Rule("One", "KMY950", "        return;")),
                RuleText.Source("rules/two.csx", RuleText.Rule("Two", "KMY950", "        return;")),
                RuleText.Source("rules/three.csx", RuleText.Rule("Three", "KMY951", "        return;")),
            ],
            _cache.Options);
        using var rules = result.RuleSet;

        Assert.False(result.Success);
        Assert.Equal(
            [new SourcePosition("rules/one.csx", 2, 21), new SourcePosition("rules/two.csx", 2, 21)],
            result.Diagnostics.Where(d => d.Code == "KRL003").Select(d => d.Position));
        Assert.Contains("KMY950 is declared 2 times", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("KMY951", Assert.Single(rules!.Descriptors).Id);
    }

    [Fact]
    public void Load_EmptyTitle_ReportsKrl003AtTheClassDeclaration()
    {
        var result = RuleLoader.Load([RuleText.Source("rules/untitled.csx", RuleText.Rule("Untitled", "KMY952", "        return;", title: " "))], _cache.Options);
        using var rules = result.RuleSet;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("rules/untitled.csx(2,21): error KRL003: The rule KMY952 has an empty Title.", error.ToString());
        Assert.Empty(rules!.Descriptors);
    }

    [Fact]
    public void Load_BadIdShape_ReportsKrl003()
    {
        var result = RuleLoader.Load([RuleText.Source("rules/id.csx", RuleText.Rule("BadId", "kmy1", "        return;"))], _cache.Options);
        using var rules = result.RuleSet;

        Assert.Equal(("KRL003", 2), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Position!.Value.Line));
    }

    [Theory]
    [InlineData("    public NeedsArgument(int n) { }", "has no public parameterless constructor")]
    [InlineData("    public NeedsArgument() => throw new InvalidOperationException(\"no\");", "could not be created: InvalidOperationException: no")]
    public void Load_RuleThatCannotBeCreated_ReportsKrl004AtTheClassDeclaration(string constructor, string message)
    {
        var result = RuleLoader.Load([RuleText.Source("rules/ctor.csx", RuleText.Rule("NeedsArgument", "KMY953", "        return;", members: constructor))], _cache.Options);
        using var rules = result.RuleSet;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KRL004", DiagnosticSeverity.Error, new SourcePosition("rules/ctor.csx", 2, 21)), (error.Code, error.Severity, error.Position));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DescriptorThatThrows_ReportsKrl004()
    {
        const string text = """
            public sealed class Broken : Rule<Indicator>
            {
                public override RuleDescriptor Descriptor => throw new NotSupportedException("later");

                public override void Check(Indicator subject, RuleContext context) { }
            }
            """;

        var result = RuleLoader.Load([RuleText.Source("rules/broken.csx", text)], _cache.Options);
        using var rules = result.RuleSet;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("rules/broken.csx(1,21): error KRL004: The rule Broken could not be created: NotSupportedException: later (at rules/broken.csx line 3)", error.ToString());
    }

    [Fact]
    public void Load_NonPublicRule_WarnsThatItIsNotLoaded()
    {
        var text = RuleText.Rule("Hidden", "KMY954", "        return;").Replace("public sealed class", "internal sealed class", StringComparison.Ordinal);

        var result = RuleLoader.Load([RuleText.Source("rules/hidden.csx", text)], _cache.Options);
        using var rules = result.RuleSet;

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("KRL004", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.True(result.Success);
    }
}
