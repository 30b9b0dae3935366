using System.Diagnostics;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>Rules written to outlive their budget: each must end as an engine error for that rule, with the other rules' findings intact.</summary>
public sealed class HostileRuleTests : IDisposable
{
    private static readonly RuleOptions ShortLimit = new() { TimeLimit = TimeSpan.FromMilliseconds(200) };
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("while (true) { try { try { while (true) { } } finally { throw new FormatException(); } } catch (FormatException) { } }")]
    [InlineData("for (var i = 0; ; i++) { try { Spin(); } catch (InvalidOperationException) { } }")]
    [InlineData("while (true) { try { Spin(); } catch (FormatException) when (Spin2()) { } catch (InvalidOperationException) { } }")]
    public void Evaluate_RuleThatCatchesWhatReplacedTheTimeout_CannotResume(string body)
    {
        var hostile = RuleText.Rule("Resumer", "KMY970", "        " + body, subject: "EvaluationDocument", members: """
                private static void Spin()
                {
                    try { while (true) { } } finally { throw new InvalidOperationException("swapped"); }
                }

                private static bool Spin2() { while (true) { } }
            """);
        using var rules = Load(hostile, RuleText.ReasonRequired);
        var clock = Stopwatch.StartNew();

        var run = rules.Evaluate(RuleText.Document(), ShortLimit);

        var error = Assert.Single(run.EngineErrors);
        Assert.Equal("KMY970", error.RuleId);
        Assert.Matches("^RuleTimeoutException: The rule ran longer than its limit of 200 ms", error.Error);
        Assert.Single(run.Findings, f => f.RuleId == "KMY001");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the rule ran {clock.Elapsed} under a 200 ms limit");
    }

    [Theory]
    [InlineData("var p = new RulePattern(\"^(a+)+$\"); _ = p.IsMatch(new string('a', 40) + \"!\");")]
    [InlineData("var p = new RulePattern(\"(x+x+)+y\"); for (var i = 0; i < 200; i++) { _ = p.Match(new string('x', 30)); }")]
    [InlineData("var p = new RulePattern(\"(a|aa)+$\"); _ = p.Matches(new string('a', 60) + \"b\");")]
    [InlineData("var p = new RulePattern(\"^(\\\\w+\\\\s?)*$\"); _ = p.Replace(new string('a', 40) + \"!\", \"x\");")]
    public void Evaluate_BacktrackingPattern_StopsWithinTheRulesBudget(string body)
    {
        using var rules = Load(RuleText.Rule("Backtracker", "KMY971", "        " + body, subject: "EvaluationDocument"), RuleText.ReasonRequired);
        var clock = Stopwatch.StartNew();

        var run = rules.Evaluate(RuleText.Document(), ShortLimit);

        var error = Assert.Single(run.EngineErrors);
        Assert.StartsWith("RuleTimeoutException:", error.Error, StringComparison.Ordinal);
        Assert.Single(run.Findings, f => f.RuleId == "KMY001");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the patterns ran {clock.Elapsed} under a 200 ms limit");
    }

    [Fact]
    public void Evaluate_PatternsThatMatch_WorkAsRegularExpressions()
    {
        var body = """
                    var p = new RulePattern("(?<n>[0-9]+)(?<u>回|件)");
                    var m = p.Match("相談 12回、8件");
                    var all = p.Matches("相談 12回、8件");
                    var empty = new RulePattern("x*").Matches("ab");
                    var back = new RulePattern("[0-9]+", RegexOptions.RightToLeft).Matches("1a22b333");
                    context.Report(("name", $"{m.Success} {m.Index} {m.Value} {m.Group("n")} {m.Group(2)} {all.Count} {all[1].Value} {empty.Count} {string.Join(",", back.Select(b => b.Value))} {p.Replace("3回", "${u}${n}")} {string.Join("|", new RulePattern("、").Split("a、b"))} {RulePattern.Escape("1+1")} {p.IsMatch("回")}"));
            """;
        using var rules = Load(RuleText.Rule("Patterns", "KMY972", body, subject: "EvaluationDocument"));

        var run = rules.Evaluate(RuleText.Document());

        Assert.Empty(run.EngineErrors);
        Assert.Equal(@"「True 3 12回 12 回 2 8件 3 333,22,1 回3 a|b 1\+1 False」を確認してください。", Assert.Single(run.Findings).Message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    [InlineData(7, 6)]
    [InlineData(1999, 1536)]
    [InlineData(2048, 2048)]
    public void Step_IsTheLargestStepNotAboveTheTimeLeft(int milliseconds, int step)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(step).Ticks, RulePattern.Step(TimeSpan.FromMilliseconds(milliseconds).Ticks + 9_999));
    }

    private RuleSet Load(params string[] texts)
    {
        var result = RuleLoader.Load(texts.Select((t, i) => RuleText.Source($"rules/h{i}.csx", t)), _cache.Options);
        Assert.True(result.Success, result.ToString());
        return result.RuleSet!;
    }
}
