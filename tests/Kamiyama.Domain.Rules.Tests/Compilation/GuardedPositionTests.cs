using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// A set that compiles is bound once, with its guards in the text; a set with errors is diagnosed as written. Both must
/// name the same positions, which these tests check by loading each statement twice: as is, and with an error after it.
/// </summary>
public sealed class GuardedPositionTests : IDisposable
{
    private const string File = "rules/guarded.csx";
    private const string Error = " int broken = \"text\";";
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("for (var i = 0; i < 1; i++) { int unused = 0; }", "CS0219")]
    [InlineData("while (false) { context.NotApplicable(); }", "CS0162")]
    [InlineData("Func<string?, int> f = s => s.Length; _ = f(null);", "CS8602")]
    [InlineData("int Twice(int? n) => n.Value * 2; _ = Twice(1);", "CS8629")]
    public void Load_WarningInGuardedCode_IsWhereTheFileAsWrittenHasIt(string statement, string id)
    {
        var guarded = Load(statement);
        var asWritten = Load(statement + Error);

        Assert.True(guarded.Success, guarded.ToString());
        var warning = Assert.Single(guarded.Diagnostics);
        Assert.Equal((RuleDiagnosticCodes.CompileError, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.StartsWith(id + ":", warning.Message, StringComparison.Ordinal);
        Assert.Equal(13, warning.Position!.Value.Line);
        Assert.Equal([warning], asWritten.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("for (var i = 0; i < 1; i++) { var now = DateTime.Now; }")]
    [InlineData("do { _ = Environment.ProcessorCount; } while (false);")]
    [InlineData("Func<int, DateTime> later = days => DateTime.Now.AddDays(days);")]
    [InlineData("int Local() => Environment.ProcessorCount; _ = Local();")]
    public void Load_RefusalInGuardedCode_IsWhereTheFileAsWrittenHasIt(string statement)
    {
        var guarded = Load(statement);
        var asWritten = Load(statement + Error);

        var refusal = Assert.Single(guarded.Diagnostics);
        Assert.Equal(RuleDiagnosticCodes.Refused, refusal.Code);
        Assert.Equal([refusal], asWritten.Diagnostics.Where(d => d.Code == RuleDiagnosticCodes.Refused));
    }

    [Theory]
    [InlineData("    private int _never;", "CS0169")]
    [InlineData("    private readonly string? _unassigned;\n    private int Length => _unassigned!.Length;", "CS0649")]
    [InlineData("    private static int Twice(int n) { int unused; return n * 2; }", "CS0168")]
    public void Load_WarningInAMember_IsTheSameAsWhenTheFileIsDiagnosedAsWritten(string members, string id)
    {
        var guarded = Load(string.Empty, members);
        var asWritten = Load(Error, members);

        var warning = Assert.Single(guarded.Diagnostics);
        Assert.StartsWith(id + ":", warning.Message, StringComparison.Ordinal);
        Assert.Equal([warning], asWritten.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Load_WarningAfterAGuardOnItsLine_IsAtTheAuthorsColumn()
    {
        const string Line = "        for (var i = 0; i < 1; i++) { int unused = 0; }";

        var warning = Assert.Single(Load(Line.Trim()).Diagnostics);

        Assert.Equal(new SourcePosition(File, 13, Line.IndexOf("unused", StringComparison.Ordinal) + 1), warning.Position);
    }

    [Fact]
    public void Load_ErrorInAFileWithLoopsAndLambdas_IsAtTheAuthorsLineAndColumn()
    {
        const string Line = "        foreach (var c in subject.Name) { var n = Enumerable.Range(0, 3).Select(i => i * 2).Sum(i => i.Nmae); }";

        var error = Assert.Single(Load(Line.Trim()).Diagnostics);

        Assert.Equal(new SourcePosition(File, 13, Line.IndexOf("Nmae", StringComparison.Ordinal) + 1), error.Position);
        Assert.StartsWith("CS1061:", error.Message, StringComparison.Ordinal);
    }

    private RuleLoadResult Load(string statement, string members = "")
    {
        var result = RuleLoader.Load([RuleText.Source(File, RuleText.Rule("Guarded", "KMY950", "        " + statement, members: members))], _cache.Options);
        result.RuleSet?.Dispose();
        return result;
    }
}
