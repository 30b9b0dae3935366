using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

public sealed class RunawayGuardTests : IDisposable
{
    private static readonly RuleOptions ShortLimit = new() { TimeLimit = TimeSpan.FromMilliseconds(200) };
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("for (;;) { }")]
    [InlineData("do { } while (true);")]
    [InlineData("var n = 0; while (n >= 0) n = n == int.MaxValue ? 0 : n + 1;")]
    [InlineData("foreach (var i in Forever()) { }")]
    [InlineData("var none = Enumerable.Range(0, int.MaxValue).Select(i => i % 7).Where(i => i < 0).Concat(Enumerable.Range(0, int.MaxValue).Select(i => -i).Where(i => i > 0)).ToList();")]
    public void Evaluate_EndlessLoop_IsStoppedAtTheTimeLimit_AndOtherRulesStillRun(string loop)
    {
        var endless = RuleText.Rule("Endless", "KMY940", "        " + loop, subject: "EvaluationDocument", members: """
                private static IEnumerable<int> Forever()
                {
                    while (true) { yield return 1; }
                }
            """);
        using var rules = Load(endless, RuleText.ReasonRequired);

        var run = rules.Evaluate(RuleText.Document(), ShortLimit);

        var error = Assert.Single(run.EngineErrors);
        Assert.Equal(("KMY940", "/"), (error.RuleId, error.SubjectPath));
        Assert.Contains("limit of 200 ms", error.Error, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Fail, run.Outcomes.Single(o => o.SubjectPath == "広報事業/活動指標/相談回数").Kind);
        Assert.Equal(OutcomeKind.Pass, run.Outcomes.Single(o => o.SubjectPath == "広報事業/活動指標/発行回数").Kind);
    }

    [Theory]
    [InlineData("Down(0);")]
    [InlineData("Func<int, int>? f = null; f = n => f!(n + 1) + 1; f(0);")]
    [InlineData("_ = Deep;")]
    [InlineData("int Local(int n) => Local(n + 1) + 1; Local(0);")]
    public void Evaluate_UnboundedRecursion_IsAnErrorOutcome_AndTheProcessSurvives(string call)
    {
        var recursive = RuleText.Rule("Recursive", "KMY941", "        " + call, subject: "EvaluationDocument", members: """
                private static int Down(int n) => Down(n + 1) + 1;

                private int Deep => Deep + 1;
            """);
        using var rules = Load(recursive, RuleText.ReasonRequired);

        var run = rules.Evaluate(RuleText.Document(), ShortLimit);

        var error = Assert.Single(run.EngineErrors);
        Assert.True(error.Error!.StartsWith("InsufficientExecutionStackException", StringComparison.Ordinal), error.Error);
        Assert.Equal(1, run.Count(OutcomeKind.Fail));
    }

    [Theory]
    [InlineData("Func<int, int>? f = null; f = n => f!(n + 1); f(0);")]
    [InlineData("int Local(int n) => Local(n + 1); Local(0);")]
    [InlineData("Action<int>? a = null; a = n => a!(n + 1); a(0);")]
    public void Evaluate_TailRecursion_IsStoppedByTheStackOrTheTimeLimit(string call)
    {
        // The JIT may turn a call in tail position into a jump, so the stack never grows; the time limit stops it then.
        using var rules = Load(RuleText.Rule("Tail", "KMY944", "        " + call, subject: "EvaluationDocument"));

        var run = rules.Evaluate(RuleText.Document(), ShortLimit);

        var error = Assert.Single(run.EngineErrors);
        Assert.Matches("^(InsufficientExecutionStackException|RuleTimeoutException):", error.Error);
    }

    [Fact]
    public void Evaluate_RuleThatThrows_IsAnErrorOutcome_AndOthersRun()
    {
        var throwing = RuleText.Rule("Throwing", "KMY942", "        throw new InvalidOperationException(\"壊れています\");");
        using var rules = Load(throwing, RuleText.ReasonRequired);

        var run = rules.Evaluate(RuleText.Document());

        Assert.Equal(2, run.EngineErrors.Count());
        Assert.All(run.EngineErrors, e => Assert.Equal(("KMY942", "InvalidOperationException: 壊れています (at rules/r0.csx line 13)"), (e.RuleId, e.Error)));
        Assert.Single(run.Findings, f => f.RuleId == "KMY001");
    }

    [Fact]
    public void Evaluate_ExpressionBodiedMembersAndLambdas_StillWork()
    {
        var members = RuleText.Rule("Shapes", "KMY943", "        if (Twice(subject.Name.Length) > Limit && Count(subject.Name, c => c == '回') >= 0) { context.Report((\"name\", Label)); }", members: """
                private static int Limit => 4;

                private string Label { get => "回数"; }

                private static int Twice(int n) => n * 2;

                private static int Count(string s, Func<char, bool> match) => s.Count(c => match(c));

                private static void Ignore(Action action) => action();
            """);
        using var rules = Load(members);

        var run = rules.Evaluate(RuleText.Document());

        Assert.Equal(2, run.Findings.Count);
        Assert.All(run.Findings, f => Assert.Equal("「回数」を確認してください。", f.Message));
    }

    [Fact]
    public void Evaluate_LambdasThatReturnVoid_StillWork()
    {
        var rule = RuleText.Rule("VoidLambdas", "KMY945", "        var seen = new List<char>(); subject.Name.ToList().ForEach(c => seen.Add(c)); Action report = () => context.Report((\"name\", seen.Count)); if (seen.Count > 3) { report(); }");
        using var rules = Load(rule);

        var run = rules.Evaluate(RuleText.Document());

        Assert.Equal(["「4」を確認してください。", "「4」を確認してください。"], run.Findings.Select(f => f.Message));
    }

    private RuleSet Load(params string[] texts)
    {
        var result = RuleLoader.Load(texts.Select((t, i) => RuleText.Source($"rules/r{i}.csx", t)), _cache.Options);
        Assert.True(result.Success, result.ToString());
        return result.RuleSet!;
    }
}
