using System.Text;
using Kamiyama.Domain.Rules.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// The rule surface file against the shipped assemblies: every public member is decided, nothing decided is gone, and
/// the gate's names for symbols (Roslyn) are the file's names for members (reflection).
/// </summary>
public sealed class RuleSurfaceTests
{
    private const string FileName = "src/Kamiyama.Domain.Rules/Compilation/RuleSurface.txt";

    [Fact]
    public void Surface_DecidesEveryPublicMemberOfEveryShippedAssembly()
    {
        var missing = PublicSurface.ShippedAssemblies()
            .SelectMany(a => PublicSurface.Of(a).Select(e => (Assembly: a.GetName().Name!, e.Key)))
            .Where(e => !RuleSurface.Entries.ByKey.ContainsKey(e))
            .ToList();

        Assert.True(missing.Count == 0, Explain(
            $"{missing.Count} public members of the shipped assemblies are not decided in {FileName}. Add a line for each, under its [assembly] section:",
            missing.GroupBy(m => m.Assembly).SelectMany(g => g.Select(m => $"  [{g.Key}]  + {m.Key}    (or: - {m.Key} <reason>)"))));
    }

    [Fact]
    public void Surface_NamesNothingThatNoLongerExists()
    {
        var shipped = PublicSurface.ShippedAssemblies().ToDictionary(a => a.GetName().Name!, a => PublicSurface.Of(a).Select(e => e.Key).ToHashSet(StringComparer.Ordinal));
        var stale = RuleSurface.Entries.All.Where(e => !shipped.TryGetValue(e.Assembly, out var keys) || !keys.Contains(e.Key)).ToList();

        Assert.True(stale.Count == 0, Explain(
            $"{stale.Count} lines of {FileName} name members that are not public in the shipped assemblies any more. Remove them:",
            stale.Select(e => $"  line {e.Line}: [{e.Assembly}] {e.Key}")));
    }

    [Fact]
    public void Surface_HasASectionForEveryShippedAssemblyAndNoOther()
    {
        Assert.Equal(
            PublicSurface.ShippedAssemblies().Select(a => a.GetName().Name!).Order(StringComparer.Ordinal),
            RuleSurface.Entries.Assemblies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Surface_RefusesEverySymbolOfTheEngineThatRulesCannotNeed()
    {
        // Closed by default: nothing of Compilation, Testing or Reports is allowed, whatever is added to them later.
        Assert.DoesNotContain(RuleSurface.Entries.All, e => e.Allowed && e.Key.StartsWith("Kamiyama.Domain.Rules.", StringComparison.Ordinal)
            && !e.Key.StartsWith("Kamiyama.Domain.Rules.Authoring.", StringComparison.Ordinal) && !e.Key.StartsWith("Kamiyama.Domain.Rules.Subject", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleSurface.Entries.All, e => e.Allowed && e.Key.StartsWith("Kamiyama.Domain.Rules.Authoring.RuleGuard", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleSurface.Entries.All, e => e.Allowed && e.Assembly == "kamiyama");
    }

    [Fact]
    public void SurfaceKeys_OfRoslynSymbols_AreTheKeysOfReflection()
    {
        // The gate names a symbol by SymbolPolicy.SurfaceKey(s); the enumeration names a member by reflection. They must agree,
        // or an allowed line would never match what a rule uses (and a refused one never refuse it).
        foreach (var assembly in new[] { typeof(EvaluationDocument).Assembly, typeof(RuleSet).Assembly })
        {
            var reference = MetadataReference.CreateFromFile(assembly.Location);
            var compilation = CSharpCompilation.Create("keys", references: [.. RuleReferences.All, reference]);
            var symbol = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(reference)!;
            var roslyn = RoslynKeys(symbol.GlobalNamespace).ToHashSet(StringComparer.Ordinal);
            var reflection = PublicSurface.Of(assembly).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

            Assert.Empty(roslyn.Except(reflection).Order(StringComparer.Ordinal));
            Assert.Empty(reflection.Except(roslyn).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Parse_MalformedLines_SayWhichLineAndWhy()
    {
        Assert.Equal(
            "Kamiyama.Domain.Rules.Compilation.RuleSurface.txt(3): the reason 'nope' is not defined by a 'reason nope = …' line above it.",
            Assert.Throws<FormatException>(() => RuleSurface.Parse("reason files = it reads files\n[A]\n- A.B nope\n")).Message);
        Assert.Equal(
            "Kamiyama.Domain.Rules.Compilation.RuleSurface.txt(2): '+ A.B' is not '+ KEY' or '- KEY reason' under an [assembly] section.",
            Assert.Throws<FormatException>(() => RuleSurface.Parse("# no section\n+ A.B\n")).Message);
        Assert.Equal(
            "Kamiyama.Domain.Rules.Compilation.RuleSurface.txt(3): A.B is listed twice in [A].",
            Assert.Throws<FormatException>(() => RuleSurface.Parse("[A]\n+ A.B\n+ A.B\n")).Message);
    }

    [Fact]
    public void Refusal_OfAnUnlistedMember_IsNotOnTheSurface()
    {
        Assert.Equal("it is not on the rule surface", RuleSurface.Refusal("Kamiyama.Domain", "Kamiyama.Domain.Added.Later"));
        Assert.Null(RuleSurface.Refusal("Kamiyama.Domain", "Kamiyama.Domain.Sheets.Indicator.Name.get"));
        Assert.Equal("it reads or writes files", RuleSurface.Refusal("Kamiyama.Domain.Rules", "Kamiyama.Domain.Rules.RuleConfiguration.ReadFile"));
    }

    [Fact]
    public void Version_ChangesWithTheSurfaceFile() =>
        Assert.EndsWith(" surface " + RuleSurface.Hash, AllowList.Version, StringComparison.Ordinal);

    private static IEnumerable<string> RoslynKeys(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
        {
            foreach (var key in RoslynKeys(type))
            {
                yield return key;
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            foreach (var key in RoslynKeys(inner))
            {
                yield return key;
            }
        }
    }

    private static IEnumerable<string> RoslynKeys(INamedTypeSymbol type)
    {
        yield return SymbolPolicy.SurfaceKey(type);
        if (type.TypeKind == TypeKind.Enum)
        {
            yield break;
        }

        var derivable = !type.IsSealed && type.TypeKind == TypeKind.Class;
        bool Reachable(ISymbol s) => s.DeclaredAccessibility == Accessibility.Public
            || (derivable && s.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal);

        foreach (var member in type.GetMembers().Where(Reachable))
        {
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.StaticConstructor or MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove }:
                case IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: true } when type.IsValueType:
                    break;
                case INamedTypeSymbol nested:
                    foreach (var key in RoslynKeys(nested))
                    {
                        yield return key;
                    }

                    break;
                case IPropertySymbol property:
                    foreach (var key in SymbolPolicy.SurfaceKeys(property, type))
                    {
                        yield return key;
                    }

                    break;
                default:
                    yield return SymbolPolicy.SurfaceKeys(member, type).Single();
                    break;
            }
        }
    }

    private static string Explain(string headline, IEnumerable<string> lines)
    {
        var text = new StringBuilder(headline).AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        var reasons = string.Join("; ", RuleSurface.Entries.Reasons.Select(r => $"{r.Key}: {r.Value}"));
        return text.Append("Refusals take one of the reason names defined at the top of the file (").Append(reasons).Append(").").ToString();
    }
}
