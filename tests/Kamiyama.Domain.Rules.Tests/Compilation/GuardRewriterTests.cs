using Kamiyama.Domain.Rules.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

public sealed class GuardRewriterTests
{
    private const string Tick = "global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Tick();";
    private const string Enter = "global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Enter();";

    [Theory]
    [InlineData("void M() { A(); }", "void M() { E A(); }")]
    [InlineData("void M() { }", "void M() { E }")]
    [InlineData("int M() => 1;", "int M() { E return  1; }")]
    [InlineData("void M() => A();", "void M() { E  A(); }")]
    [InlineData("int M()=>1;", "int M(){ E return 1; }")]
    [InlineData("int M() => throw new X();", "int M() { E  throw new X(); }")]
    [InlineData("int P => 1;", "int P { get { E return  1; } }")]
    [InlineData("int this[int i] => i;", "int this[int i] { get { E return  i; } }")]
    [InlineData("int P { get => 1; set => A(value); }", "int P { get { E return  1; } set { E  A(value); } }")]
    [InlineData("int P { get { return 1; } }", "int P { get { E return 1; } }")]
    [InlineData("C() => A();", "C() { E  A(); }")]
    [InlineData("public static C operator +(C a, C b) => a;", "public static C operator +(C a, C b) { E return  a; }")]
    [InlineData("public static implicit operator int(C c) => 1;", "public static implicit operator int(C c) { E return  1; }")]
    [InlineData("void M() { while (true) { A(); } }", "void M() { E while (true) { T A(); } }")]
    [InlineData("void M() { while (true) A(); }", "void M() { E while (true) { T A(); } }")]
    [InlineData("void M() { do A(); while (true); }", "void M() { E do { T A(); } while (true); }")]
    [InlineData("void M() { for (;;) for (;;) A(); }", "void M() { E for (;;) { T for (;;) { T A(); } } }")]
    [InlineData("void M() { foreach (var x in Xs) { } }", "void M() { E foreach (var x in Xs) { T } }")]
    [InlineData("void M() { foreach (var (a, b) in Xs) A(); }", "void M() { E foreach (var (a, b) in Xs) { T A(); } }")]
    [InlineData("void M() { int L(int n) => n; }", "void M() { E int L(int n) { E return  n; } }")]
    [InlineData("void M() { F(x => x + 1); }", "void M() { E F(x => { E return x + 1; }); }")]
    [InlineData("void M() { F(x => y => x + y); }", "void M() { E F(x => { E return y => { E return x + y; }; }); }")]
    [InlineData("void M() { F((x) => { A(); }); }", "void M() { E F((x) => { E A(); }); }")]
    [InlineData("void M() { F(x => throw new X()); }", "void M() { E F(x => { E throw new X(); }); }")]
    [InlineData("void M() { F(delegate { A(); }); }", "void M() { E F(delegate { E A(); }); }")]
    [InlineData("void M() { F(x => Value(x)); }", "void M() { E F(x => { E return Value(x); }); }")]
    [InlineData("void M() { F(x => Void(x)); }", "void M() { E F(x => { E Void(x); }); }")]
    public void Rewrite_PutsTheGuardOnTheLineItGuards(string member, string expected)
    {
        var guarded = Rewrite("class C {\n" + member + "\n}");

        Assert.Equal("class C {\n" + expected.Replace("E ", Enter + " ", StringComparison.Ordinal).Replace("T ", Tick + " ", StringComparison.Ordinal) + "\n}", guarded.Compiled.ToString());
        Assert.Empty(guarded.Compiled.GetDiagnostics());
    }

    [Fact]
    public void Rewrite_AsksAboutVoidOnlyForLambdasWhoseSyntaxCannotTell()
    {
        var asked = new List<string>();

        GuardRewriter.Rewrite(Parse("class C { void M() { F(x => x + 1, x => x.P, x => $\"{x}\", x => A(x), x => y = x, x => new C(), x => x++); } }"), lambda =>
        {
            asked.Add(lambda.ToString());
            return false;
        });

        Assert.Equal(["x => A(x)", "x => y = x", "x => new C()", "x => x++"], asked);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Rewrite_KeepsEveryTokenOfTheAuthor_AndMapsItBackToItsOwnPosition(string name, string text)
    {
        var guarded = Rewrite(text);

        // The arrow of an expression-bodied member is the one token a guard replaces: the body becomes a block.
        var authored = guarded.Authored.GetRoot().DescendantTokens().Where(t => t.Parent is not ArrowExpressionClauseSyntax).ToList();
        var compiled = guarded.Compiled.GetRoot().DescendantTokens().Where(t => !guarded.InGuard(t.SpanStart)).ToList();
        Assert.True(compiled.Count == authored.Count, name);
        foreach (var (mine, theirs) in compiled.Zip(authored))
        {
            Assert.Equal(theirs.Text, mine.Text);
            Assert.Equal(theirs.GetLocation().GetLineSpan(), guarded.ToAuthored(mine.GetLocation()).GetLineSpan());
        }
    }

    [Fact]
    public void ToAuthored_InsideAGuard_IsTheAuthorsCodeThatFollows()
    {
        var guarded = Rewrite("class C {\n    void M()\n    {\n        while (false) { A(); }\n    }\n}");
        var tick = guarded.Compiled.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First(i => i.ToString().EndsWith("Tick()", StringComparison.Ordinal));

        Assert.True(guarded.InGuard(tick.SpanStart));
        Assert.Equal(new(3, 24), guarded.ToAuthored(tick.GetLocation()).GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Rewrite_DeclarationAsLoopBody_IsLeftForTheCompilerToRefuse()
    {
        var guarded = Rewrite("class C { void M() { while (true) int x = 1; } }");

        Assert.Equal("class C { void M() { " + Enter + " while (true) int x = 1; } }", guarded.Compiled.ToString());
    }

    [Fact]
    public void Rewrite_FileWithoutBodies_IsTheSameTree()
    {
        var tree = Parse("interface I { int M(); }");

        var guarded = GuardRewriter.Rewrite(tree, _ => false);

        Assert.Same(tree, guarded.Compiled);
    }

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>
        {
            { "RuleText.ReasonRequired", RuleText.ReasonRequired },
            { "shapes", "class C\n{\n    int P => Xs.Where(x => x > 1).Select(x => { return x; }).Sum();\n    void M() { for (;;) A(); while (B()) { } do C(); while (D()); }\n    int this[int i] { get => i; set => A(); }\n}" },
        };
        var assembly = typeof(RuleLoader).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".csx", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            data.Add(resource, reader.ReadToEnd());
        }

        return data;
    }

    private static GuardedTree Rewrite(string text) =>
        GuardRewriter.Rewrite(Parse(text), lambda => lambda.ExpressionBody is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Void" } });

    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), "rules/test.csx");
}
