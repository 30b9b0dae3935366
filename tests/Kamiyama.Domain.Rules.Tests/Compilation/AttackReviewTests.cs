using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Rules.Tests.Isolation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// What an attacker's review of the engine got through, each written as the attacker wrote it: the compiler made to take
/// hours or gigabytes, one rule reading another's message, a location carrying a forged diagnostic, a flood of findings,
/// rules that share the run's time out between them. Each is now refused or stopped, and the built-in rules beside it
/// keep their findings.
/// </summary>
public sealed class AttackReviewTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Load_LambdasNestedMoreThanThreeDeep_AreRefusedBeforeTheCompilerBindsThem()
    {
        // Each level multiplies the binder's work by about three (Sum has twenty overloads): seven levels take hours, and
        // Roslyn does not look at a cancellation token while it binds them.
        const string body = "var xs = new[] { 1, 2 }; context.Report((\"name\", xs.Sum(a6 => xs.Sum(a5 => xs.Sum(a4 => xs.Sum(a3 => xs.Sum(a2 => xs.Sum(a1 => xs.Sum(a0 => 1 + a0) + a1) + a2) + a3) + a4) + a5) + a6)));";

        var result = RuleLoader.Load([RuleText.Source("rules/KMA100.csx", RuleText.Rule("Nested", "KMA100", "        " + body))], _cache.Options with { UseCache = false });

        Assert.Null(result.RuleSet);
        // One refusal, at the fourth level (a3), the first lambda nested in three others: line 13 of RuleText.Rule holds the body.
        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleDiagnosticCodes.Refused, refused.Code);
        Assert.StartsWith("A lambda nested in 3 others is not allowed in rules: binding lambdas nested", refused.Message, StringComparison.Ordinal);
        Assert.Equal((13, 104), (refused.Position!.Value.Line, refused.Position!.Value.Column));
    }

    [Fact]
    public void Load_LambdasThreeDeep_AndQueries_Load()
    {
        const string body = "var n = context.Document!.Sheets.Count(s => s.Indicators.Any(i => i.Name.Any(c => c == '数'))) + (from s in context.Document.Sheets where s.HasReason select s).Count(); context.Report((\"name\", n));";

        var result = RuleLoader.Load([RuleText.Source("rules/KMA105.csx", RuleText.Rule("Three", "KMA105", "        " + body, subject: "EvaluationDocument"))], _cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
    }

    [Fact]
    public void Load_StringConstantsThatDoubleEachOther_AreRefusedBeforeTheCompilerBuildsThem()
    {
        var members = "private const string C0 = \"xxxxxxxxxx\";\n" + string.Join("\n", Enumerable.Range(1, 27).Select(i => $"    private const string C{i} = C{i - 1} + C{i - 1};"));

        var result = RuleLoader.Load([RuleText.Source("rules/KMA101.csx", RuleText.Rule("Doubling", "KMA101", "        context.Report((\"name\", C27.Length));", members: members))], _cache.Options);

        Assert.Null(result.RuleSet);
        Assert.Equal(27, result.Diagnostics.Count(d => d.Code == RuleDiagnosticCodes.Refused));
        Assert.Contains(result.Diagnostics, d => d.Message == "The string constant C1 built from C0 is not allowed in rules: a string constant may be built from literals only (the compiler builds every constant string in memory while it compiles).");
    }

    [Fact]
    public void Load_OneLargeConstantUsedOverAndOver_IsRefused_ButConstantsOfOrdinarySizeLoad()
    {
        var big = new string('x', 50_000);
        var flood = RuleText.Rule("Flood", "KMA102", "        var s = " + string.Join(" + ", Enumerable.Repeat("Big", 30)) + "; context.Report((\"name\", s.Length));", members: $"private const string Big = \"{big}\";");
        var ordinary = RuleText.Rule("Ordinary", "KMA103", "        context.Report((\"name\", Word + Word + nameof(Word)));", members: "private const string Word = \"不足\" + \"分\";");

        var refused = RuleLoader.Load([RuleText.Source("rules/KMA102.csx", flood)], _cache.Options);
        using var loaded = RuleLoader.Load([RuleText.Source("rules/KMA103.csx", ordinary)], _cache.Options).RuleSet;

        Assert.Null(refused.RuleSet);
        Assert.Contains(refused.Diagnostics, d => d.Code == RuleDiagnosticCodes.Refused && d.Message.StartsWith("Using string constants is not allowed in rules: the constant strings a set uses may add up to 1,000,000 characters", StringComparison.Ordinal));
        Assert.NotNull(loaded);
    }

    [Fact]
    public void Load_HelpUri_AsTheAuthoringGuideWritesIt_Loads()
    {
        var text = RuleText.Rule("Helped", "KMA104", "        context.Report((\"name\", subject.Name));").Replace(
            "Description = \"Used by the tests.\",", "Description = \"Used by the tests.\", HelpUri = new Uri(\"https://example.org/rules/KMA104\"),", StringComparison.Ordinal);

        var result = RuleLoader.Load([RuleText.Source("rules/KMA104.csx", text)], _cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
        Assert.Equal(new Uri("https://example.org/rules/KMA104"), Assert.Single(rules!.Descriptors).HelpUri);
    }

    [Fact]
    public void Evaluate_AnArgumentThatFormatsIntoTheEnginesBuffer_SeesNothingAnotherRuleWrote()
    {
        // TryFormat is handed a span it could read: a rule's own type is formatted through ToString only.
        const string members = """
            public readonly struct Peek : ISpanFormattable
            {
                public string ToString(string? format, IFormatProvider? provider) => "clean";
                public override string ToString() => "clean";
                public bool TryFormat(Span<char> destination, out int written, ReadOnlySpan<char> format, IFormatProvider? provider)
                {
                    var n = Math.Min(destination.Length, 120);
                    written = n;
                    return true;
                }
            }
            """;
        var peek = HostileRules.Rule("ZZZ001", "context.Report((\"name\", new Peek()));", members: members);
        using var rules = HostileRules.Load(_cache, peek).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample);

        var seen = run.Findings.Where(f => f.RuleId == "ZZZ001").Select(f => f.Message).Distinct().ToList();
        Assert.Equal(["「clean」を確認してください。"], seen);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    [Theory]
    [InlineData("\"x: error KMY001: forged \"")]
    [InlineData("\"Cost.Actul\"")]
    [InlineData("(Field)null!")]
    public void Load_ALocationThatIsNotAField_DoesNotCompile_ExceptNull(string member)
    {
        var forger = HostileRules.Rule("AAA017", $"context.Report((\"name\", subject.Name)).At(subject, {member});");

        var loaded = HostileRules.Load(_cache, forger);

        if (member.StartsWith('"'))
        {
            Assert.Null(loaded.RuleSet);
            Assert.Contains(loaded.Diagnostics, d => d.Code == RuleDiagnosticCodes.CompileError && d.Message.StartsWith("CS1503", StringComparison.Ordinal));
        }
        else
        {
            using var rules = loaded.RuleSet!;
            Assert.Equal(28, rules.Evaluate(HostileRules.Sample).Findings.Count(f => f.RuleId == "AAA017")); // null: the element itself
        }
    }

    [Fact]
    public void Evaluate_AFieldTheElementDoesNotHave_IsAnEngineError_NotALocationElsewhere()
    {
        var rule = HostileRules.Rule("AAA019", "context.Report((\"name\", subject.Name)).At(subject, Field.CostActual);");
        using var rules = HostileRules.Load(_cache, rule).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample);

        Assert.DoesNotContain(run.Findings, f => f.RuleId == "AAA019");
        Assert.Contains(run.EngineErrors, e => e.RuleId == "AAA019");
        Assert.All(run.EngineErrors.Where(e => e.RuleId == "AAA019"), e => Assert.Contains("Cost.Actual (事業費/実績) is not a field of Indicator", e.Error, StringComparison.Ordinal));
        Assert.Equal(3, run.Findings.Count(f => f.RuleId == "KMY001"));
    }

    [Theory]
    [InlineData("Actual", "実績")]
    [InlineData("Target", "目標")]
    [InlineData("Name", "名称")]
    public void Evaluate_Fields_AreLocations_EndingWithTheirLabel(string field, string label)
    {
        var rule = HostileRules.Rule("AAA018", $"context.Report((\"name\", subject.Name)).At(subject, Field.{field});");
        using var rules = HostileRules.Load(_cache, rule).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample);

        Assert.DoesNotContain(run.EngineErrors, e => e.RuleId == "AAA018");
        var findings = run.Findings.Where(f => f.RuleId == "AAA018").ToList();
        Assert.Equal(28, findings.Count);
        Assert.All(findings, f => Assert.EndsWith("/" + label, f.Location.Path, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(field, f.Location.Field!.Path));
    }

    [Fact]
    public void Evaluate_AFloodOfFindings_IsCutAtTheLimitWithAnEngineError()
    {
        var flood = HostileRules.Rule("AAA003", "for (var i = 0; i < 1_000; i++) { context.Report((\"name\", i)); }", subject: "Sheet");
        using var rules = HostileRules.Load(_cache, flood).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample);

        Assert.Equal(10_000, run.Findings.Count(f => f.RuleId == "AAA003"));
        var error = Assert.Single(run.EngineErrors, e => e.RuleId == "AAA003");
        Assert.Equal("InvalidOperationException: The rule reported more than 10,000 findings in this run and was stopped.", error.Error);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    [Theory]
    [InlineData(RuleIsolation.None)]
    [InlineData(RuleIsolation.Process)]
    public void Evaluate_TheHostsFindingLimit_CutsARuleThere_InProcessAndInAWorker(RuleIsolation isolation)
    {
        // Three findings on each of the sample's 15 sheets: 45 wanted, 20 allowed. The 21st comes in the 7th call, which is
        // stopped: a stopped call keeps none of its findings, so the six calls before it give 18.
        var flood = HostileRules.Rule("AAA033", "for (var i = 0; i < 3; i++) { context.Report((\"name\", i)); }", subject: "Sheet");
        using var rules = HostileRules.Load(_cache, flood).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample, new RuleOptions { FindingLimit = 20, Isolation = isolation });

        Assert.Equal(18, run.Findings.Count(f => f.RuleId == "AAA033"));
        var error = Assert.Single(run.EngineErrors, e => e.RuleId == "AAA033");
        Assert.Equal("InvalidOperationException: The rule reported more than 20 findings in this run and was stopped.", error.Error);
        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void FindingLimit_BelowOne_IsRefused(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleOptions { FindingLimit = limit });

    [Fact]
    public void Evaluate_AHugeMessage_IsCutWithAnEllipsis()
    {
        var huge = HostileRules.Rule("AAA006", "context.Report((\"name\", new string('x', 100_000)));");
        using var rules = HostileRules.Load(_cache, huge).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample);

        var findings = run.Findings.Where(f => f.RuleId == "AAA006").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("「" + new string('x', Authoring.RuleDescriptor.MaxMessageLength - 1) + "…", f.Message));
    }

    [Fact]
    public void Evaluate_RulesThatEachStayWithinTheirCallLimit_CannotUseUpTheRunBetweenThem()
    {
        // Three rules before the built-in ones, each call well inside its limit, together far beyond the run's: each may
        // use its share of what is left, so the built-in rules after them still run, in full.
        var hogs = new[] { "AAA018", "AAA019", "AAA020" }.Select(id => HostileRules.Rule(id, "long acc = 0; for (long i = 0; i < 2_000_000_000; i++) { acc += i; if (acc < 0) { break; } }")).ToArray();
        using var rules = HostileRules.Load(_cache, hogs).RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample, new RuleOptions { TimeLimit = TimeSpan.FromSeconds(30), RunTimeLimit = TimeSpan.FromSeconds(6) });

        foreach (var id in new[] { "AAA018", "AAA019", "AAA020" })
        {
            var error = Assert.Single(run.EngineErrors, e => e.RuleId == id);
            Assert.StartsWith("RuleTimeoutException: The rule used its share of the run's time (", error.Error, StringComparison.Ordinal);
        }

        Assert.Equal(SampleFindingsTests.Expected, HostileRules.Lines(run));
        Assert.DoesNotContain(run.Outcomes, o => o.RuleId.StartsWith("KMY", StringComparison.Ordinal) && o.Kind == OutcomeKind.Skipped);
    }
}
