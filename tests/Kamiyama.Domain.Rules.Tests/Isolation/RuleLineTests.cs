using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>A rule that throws at run time is reported with the line of its own file where it threw, in process and in a worker, compiled or from the cache.</summary>
public sealed class RuleLineTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    // RuleText.Rule puts the body on line 13; the helper's throw, after the Check method, is on line 19 of the file.
    private static readonly RuleSource Throwing = RuleText.Source(
        "rules/CITY201.csx",
        RuleText.Rule(
            "Thrower",
            "CITY201",
            "if (subject.Name.Length > 0) { Helper(subject.Name); }",
            members: """

                private static void Helper(string name)
                {
                    var length = name.Length;
                    throw new InvalidOperationException("名前 " + length);
                }
            """));

    [Theory]
    [InlineData(RuleIsolation.None)]
    [InlineData(RuleIsolation.Process)]
    public void Evaluate_ARuleThatThrows_NamesItsFileAndLine(RuleIsolation isolation)
    {
        var lines = Throwing.Text.Split('\n');
        var throwLine = Array.FindIndex(lines, l => l.Contains("throw new InvalidOperationException", StringComparison.Ordinal)) + 1;
        var loaded = RuleLoader.Load([Throwing], _cache.Options);
        using var set = loaded.RuleSet ?? throw new InvalidOperationException(loaded.ToString());

        var run = set.Evaluate(HostileRules.Sample, new RuleOptions { Isolation = isolation });

        var error = run.EngineErrors.First(e => e.RuleId == "CITY201");
        Assert.Equal(19, throwLine);
        Assert.EndsWith($"(at rules/CITY201.csx line {throwLine})", error.Error, StringComparison.Ordinal);
        Assert.StartsWith("InvalidOperationException: 名前 ", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FromTheCache_TheLineIsStillKnown()
    {
        RuleLoader.Load([Throwing], _cache.Options).RuleSet!.Dispose();
        var again = RuleLoader.Load([Throwing], _cache.Options);
        using var set = again.RuleSet!;

        var run = set.Evaluate(HostileRules.Sample);

        Assert.True(again.FromCache);
        Assert.EndsWith("(at rules/CITY201.csx line 19)", run.EngineErrors.First().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AnExceptionOfTheFramework_IsAtTheRulesLineThatCalledIt()
    {
        var source = RuleText.Source("rules/CITY202.csx", RuleText.Rule("Parser", "CITY202", "var number = int.Parse(subject.Name);"));
        using var set = RuleLoader.Load([source], _cache.Options).RuleSet!;

        var run = set.Evaluate(HostileRules.Sample);

        Assert.EndsWith("(at rules/CITY202.csx line 13)", run.EngineErrors.First().Error, StringComparison.Ordinal);
    }
}
