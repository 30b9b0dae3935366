using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// What a rule file may declare. All files of a set are one compilation, so each case here is an attack one file could
/// make on another file's rule, or on the engine's guards: every one must be refused with a located KRL002.
/// </summary>
public sealed class DeclarationGateTests : IDisposable
{
    private const string Attacker = "rules/attacker.csx";
    private const string Victim = "rules/KMY001.csx";
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Load_OwnRuleGuardInTheEnginesNamespace_IsRefused_SoTheGuardsCannotBeSwitchedOff()
    {
        var result = Load(
            ("rules/guard.csx", """
                namespace Kamiyama.Domain.Rules.Authoring
                {
                    public static class RuleGuard
                    {
                        public static void Tick() { }
                        public static void Enter() { }
                    }
                }
                """),
            (Attacker, RuleText.Rule("Endless", "KMY950", "        while (true) { }", subject: "EvaluationDocument")));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002" && d.Position!.Value.File == "rules/guard.csx" && d.Position!.Value.Line == 1);
        Assert.Equal("The namespace Kamiyama.Domain.Rules.Authoring is not allowed in rules: Kamiyama belongs to the engine or a library it references; declare rule types in a namespace of your own.", refusal.Message);
    }

    [Theory]
    [InlineData("namespace System.Collections.Generic { public static class Helpers { } }", "The namespace System.Collections.Generic")]
    [InlineData("namespace NodaTime.Extra { public static class Helpers { } }", "The namespace NodaTime.Extra")]
    [InlineData("namespace Kamiyama; public static class Helpers { }", "The namespace Kamiyama")]
    [InlineData("public sealed class Kamiyama { }", "A type named Kamiyama")]
    [InlineData("public sealed class System { }", "A type named System")]
    public void Load_DeclarationInOrOverAnEngineNamespace_IsRefused(string declaration, string api)
    {
        var result = Load((Attacker, declaration), (Victim, RuleText.ReasonRequired));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith(api + " is not allowed in rules", StringComparison.Ordinal) && d.Position!.Value.File == Attacker);
    }

    [Theory]
    [InlineData("public sealed class Indicator { public bool ActualDiffersFromTarget => false; public string Name => \"\"; public object? Target => null; public object? Actual => null; }", "Indicator", "Kamiyama.Domain.Sheets.Indicator")]
    [InlineData("public sealed class Sheet { }", "Sheet", "Kamiyama.Domain.Sheets.Sheet")]
    [InlineData("public enum DiagnosticSeverity { Error }", "DiagnosticSeverity", "Kamiyama.Domain.Diagnostics.DiagnosticSeverity")]
    [InlineData("public static class Enumerable { }", "Enumerable", "System.Linq.Enumerable")]
    [InlineData("public sealed class Rule<T> { }", "Rule", "Kamiyama.Domain.Rules.Authoring.Rule<TSubject>")]
    [InlineData("namespace Mine { public sealed class Indicator { } }", "Indicator", "Kamiyama.Domain.Sheets.Indicator")]
    [InlineData("public sealed class Helper { public sealed class Indicator { } }", "Indicator", "Kamiyama.Domain.Sheets.Indicator")]
    [InlineData("public delegate void String();", "String", "System.String")]
    public void Load_TypeThatHidesAnEngineType_IsRefused_SoAnotherRuleKeepsItsMeaning(string declaration, string name, string hidden)
    {
        var result = Load((Attacker, declaration), (Victim, RuleText.ReasonRequired));

        Assert.Null(result.RuleSet);
        Assert.Contains(
            result.Diagnostics,
            d => d.Code == "KRL002" && d.Position!.Value.File == Attacker
                && d.Message == $"A type named {name} is not allowed in rules: it would hide {hidden}, which rules and the engine use; choose another name.");
    }

    [Theory]
    [InlineData("global using System.Linq;", "global using")]
    [InlineData("global using Indicator = System.String;", "global using")]
    [InlineData("global using static System.Math;", "global using")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")]", "An [assembly: …] attribute")]
    [InlineData("[module: System.Diagnostics.CodeAnalysis.SuppressMessage(\"a\", \"b\")]", "An [module: …] attribute")]
    public void Load_DirectiveThatChangesEveryFile_IsRefused(string line, string api)
    {
        var result = Load((Attacker, line + "\npublic sealed class Harmless { }\n"), (Victim, RuleText.ReasonRequired));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith(api + " is not allowed in rules", StringComparison.Ordinal));
        Assert.Equal((Attacker, 1), (refusal.Position!.Value.File, refusal.Position!.Value.Line));
    }

    [Fact]
    public void Load_PartialTypeAddingToAnotherFilesRule_IsRefusedInBothFiles()
    {
        var victim = RuleText.ReasonRequired.Replace("public sealed class ReasonRequired", "public sealed partial class ReasonRequired", StringComparison.Ordinal);
        var attacker = """
            public sealed partial class ReasonRequired
            {
                private readonly int _spoiled = Spoil();

                private static int Spoil() => 0;
            }
            """;

        var result = Load((Attacker, attacker), (Victim, victim));

        Assert.Null(result.RuleSet);
        var refusals = result.Diagnostics.Where(d => d.Code == "KRL002" && d.Message.StartsWith("The partial type ReasonRequired is not allowed", StringComparison.Ordinal)).ToList();
        Assert.Equal([Victim, Attacker], refusals.Select(r => r.Position!.Value.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ExtensionMethodOutsideANamespace_IsRefused_SoItCannotHijackAnotherRulesCalls()
    {
        // Without the gate, this Any would bind before LINQ's in every other file of the set.
        var attacker = """
            public static class Hijack
            {
                public static bool Any<T>(this IEnumerable<T> source) => false;
            }
            """;

        var result = Load((Attacker, attacker), (Victim, RuleText.ReasonRequired));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002");
        Assert.Equal("rules/attacker.csx(1,21): error KRL002: The extension class Hijack is not allowed in rules: outside a namespace of your own its extension methods would change what other rule files' calls bind to; put the class in a namespace.", refusal.ToString());
    }

    [Fact]
    public void Load_ExtensionMethodInOwnNamespace_IsAllowed()
    {
        var helpers = """
            namespace City.Helpers
            {
                public static class IndicatorExtensions
                {
                    public static bool Diverges(this Indicator indicator) => indicator.ActualDiffersFromTarget;
                }
            }
            """;
        var rule = "using City.Helpers;\n" + RuleText.Rule("UsesHelper", "KMY951", "        if (subject.Diverges()) { context.Report((\"name\", subject.Name)); }");

        var result = Load(("rules/helpers.csx", helpers), (Attacker, rule));
        using var rules = result.RuleSet;

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Single(rules!.Evaluate(RuleText.Document()).Findings);
    }

    [Theory]
    [InlineData("private static int _count;", "The static field _count", "that can be assigned")]
    [InlineData("private static readonly List<string> Seen = new();", "The static field Seen", "of the mutable type System.Collections.Generic.List<string>")]
    [InlineData("private static readonly string[] Words = [\"a\"];", "The static field Words", "of the mutable type string[]")]
    [InlineData("private static readonly Func<int> Counter = () => 1;", "The static field Counter", "of the mutable type System.Func<int>")]
    [InlineData("private static readonly Dictionary<string, int> Counts = new();", "The static field Counts", "of the mutable type")]
    [InlineData("private static readonly (List<int> A, int B) Pair = (new(), 1);", "The static field Pair", "of the mutable type")]
    [InlineData("private static readonly Box Shared = new();\n    public sealed class Box { public int Value; }", "The static field Shared", "of the mutable type Stateful.Box")]
    [InlineData("private static readonly Open Base = new();\n    public class Open { }", "The static field Base", "of the mutable type Stateful.Open")]
    [InlineData("public static int Total { get; set; }", "The static property Total", "that can be assigned")]
    [InlineData("public static event Action? Changed;", "The static event Changed", "that can be assigned")]
    public void Load_MutableStaticState_IsRefused_SoRulesCannotShareState(string member, string api, string why)
    {
        var result = Load((Attacker, RuleText.Rule("Stateful", "KMY952", "        return;", members: "    " + member)));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002");
        Assert.StartsWith($"{api} is not allowed in rules: static state {why}", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(15, refusal.Position!.Value.Line);
    }

    [Theory]
    [InlineData("private const string Word = \"不足\";")]
    [InlineData("private static readonly string Word = \"不足\";")]
    [InlineData("private static readonly ValueArray<string> Words = [\"少な\", \"下回\"];")]
    [InlineData("private static readonly System.Collections.Immutable.ImmutableArray<int> Numbers = [1, 2];")]
    [InlineData("private static readonly System.Collections.Frozen.FrozenSet<string> Set = System.Collections.Frozen.FrozenSet.ToFrozenSet([\"a\"], StringComparer.Ordinal);")]
    [InlineData("private static readonly RulePattern Digits = new(\"[0-9]+\");")]
    [InlineData("private static readonly (int Low, decimal High, string Name) Range3 = (1, 2m, \"x\");")]
    [InlineData("private static readonly Limits Defaults = new(1, \"x\");\n    public sealed class Limits(int low, string name) { public readonly int Low = low; public string Name { get; } = name; }")]
    [InlineData("private static readonly NodaTime.LocalDate Start = new(2022, 4, 1);")]
    [InlineData("public static int Answer => 42;")]
    public void Load_ImmutableStaticState_IsAllowed(string member)
    {
        var result = Load((Attacker, RuleText.Rule("Constant", "KMY953", "        return;", members: "    " + member)));
        using var rules = result.RuleSet;

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("public sealed record Node(string Name) { public Node? Next { get; set; } }", "The record Node")]
    [InlineData("public record struct Pair(int A, int B);", "The record Pair")]
    public void Load_Record_IsRefused_BecauseItsGeneratedMembersRunUnguarded(string declaration, string api)
    {
        // A record with a reference cycle hangs in its generated Equals and overflows the stack in GetHashCode.
        var result = Load((Attacker, RuleText.Rule("Records", "KMY954", "        return;") + "\n" + declaration));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith(api + " is not allowed in rules: its compiler-generated Equals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("static void Swallow<T>() where T : Exception { try { while (true) { } } catch (T) { } }", "catch (T)")]
    [InlineData("static void Swallow<T>() where T : System.ArgumentException { try { } catch (T) { } }", "catch (T)")]
    [InlineData("static void Swallow() { try { } catch (SystemException) { } }", "catch (System.SystemException)")]
    public void Load_CatchThatCouldSwallowTheEnginesLimits_IsRefused(string member, string api)
    {
        var result = Load((Attacker, RuleText.Rule("Catcher", "KMY955", "        return;", members: "    " + member)));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith(api + " is not allowed in rules", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HugeStruct_IsRefused_BecauseOneLocalWouldOverflowTheStack()
    {
        // 16 levels of 8 longs: 8^8 bytes would be 16 MB of one local.
        var structs = string.Join("\n", Enumerable.Range(0, 8).Select(level => level == 0
            ? "public struct S0 { public long A, B, C, D, E, F, G, H; }"
            : $"public struct S{level} {{ public S{level - 1} A, B, C, D, E, F, G, H; }}"));
        var result = Load((Attacker, RuleText.Rule("Big", "KMY956", "        var big = default(S7); _ = big.A.A.A.A.A.A.A.A;") + "\n" + structs));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith("The struct S4 is not allowed in rules: it takes more than 64 KB", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("The struct S3 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var a = (1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L); var b = (a, a, a, a, a, a, a, a); var c = (b, b, b, b, b, b, b, b); var d = (c, c, c, c, c, c, c, c); var e = (d, d, d, d, d, d, d, d); var f = (e, e, e, e, e, e, e, e);")]
    [InlineData("var x = Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(Twice(1L))))))))))))));")]
    public void Load_ValueTooLargeForTheStack_BuiltFromTuples_IsRefused(string statement)
    {
        var result = Load((Attacker, RuleText.Rule("Tuples", "KMY957", "        " + statement, members: "    private static (T, T) Twice<T>(T x) => (x, x);")));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith("A value of 64 KB or more is not allowed in rules", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GenericSelfExpansion_IsRefused()
    {
        // Each level doubles the frame, until the process overflows before any guard runs.
        var result = Load((Attacker, RuleText.Rule("Expanding", "KMY958", "        Grow(1L, 0);", members: "    private static void Grow<T>(T x, int depth) { if (depth < 40) { Grow<(T, T)>((x, x), depth + 1); } }")));

        Assert.Null(result.RuleSet);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith("The instantiation", StringComparison.Ordinal) && d.Position!.Value.Line == 15);
    }

    [Fact]
    public void Load_AllTheBuiltInRulesBesideAHarmlessFile_LoadAndFindTheSame()
    {
        var result = Load((Victim, RuleText.ReasonRequired), ("rules/other.csx", RuleText.Rule("Other", "KMY959", "        return;")));
        using var rules = result.RuleSet;

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Single(rules!.Evaluate(RuleText.Document()).Findings, f => f.RuleId == "KMY001");
    }

    private RuleLoadResult Load(params (string Path, string Text)[] files) =>
        RuleLoader.Load(files.Select(f => RuleText.Source(f.Path, f.Text)), _cache.Options);
}
