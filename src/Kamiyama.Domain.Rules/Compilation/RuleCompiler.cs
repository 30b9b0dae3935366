using System.Globalization;
using System.Text;
using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using SourcePosition = Kamiyama.Domain.Sources.SourcePosition;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Compiles a whole rule set as one C# compilation: every file parsed as regular C# under its own path, plus the engine's
/// global usings. Diagnostics and the safety gate run over the files as written (so positions are the author's); only
/// then are the runaway guards inserted and the assembly emitted. The only way into Roslyn: the cache-hit path never
/// reaches this type.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>The path of the engine's global usings in diagnostics.</summary>
    public const string EngineUsingsPath = "<engine>/GlobalUsings.cs";

    private static readonly string[] GlobalNamespaces =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Text.RegularExpressions", "NodaTime",
        "Kamiyama.Domain", "Kamiyama.Domain.Sheets", "Kamiyama.Domain.Values", "Kamiyama.Domain.Budget", "Kamiyama.Domain.Planning",
        "Kamiyama.Domain.Time", "Kamiyama.Domain.Rules", "Kamiyama.Domain.Rules.Authoring",
    ];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // Implementation and reference assemblies of the same framework unify silently.
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    public static CompiledRules Compile(IReadOnlyList<RuleSource> sources, string assemblyName)
    {
        var usings = CSharpSyntaxTree.ParseText(string.Concat(GlobalNamespaces.Select(n => $"global using {n};\n")), ParseOptions, EngineUsingsPath);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), ParseOptions, s.Path)).ToList();
        var compilation = CSharpCompilation.Create(assemblyName, [usings, .. trees], RuleReferences.All, Options);

        var diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(d => ToDiagnostic(d, sources))
            .ToList();
        var ruleInterface = compilation.GetTypeByMetadataName(typeof(IRule).FullName!);
        var ruleTypes = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var models = new Dictionary<SyntaxTree, SemanticModel>();
        foreach (var tree in trees)
        {
            var model = models[tree] = compilation.GetSemanticModel(tree);
            diagnostics.AddRange(SafetyGate.Check(tree, model));
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is { } type && ruleInterface is not null
                    && type.AllInterfaces.Contains(ruleInterface, SymbolEqualityComparer.Default))
                {
                    ruleTypes.TryAdd(ReflectionName(type), Position(declaration.Identifier.GetLocation(), sources));
                }
            }
        }

        if (diagnostics.Any(d => d.Severity == RuleSeverity.Error))
        {
            return new CompiledRules(null, ruleTypes, diagnostics);
        }

        var guarded = trees.Select(t => t.WithRootAndOptions(GuardRewriter.Rewrite(t.GetRoot(), models[t]), t.Options));
        var emitted = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees([usings, .. guarded]);
        using var stream = new MemoryStream();
        var result = emitted.Emit(stream);
        if (!result.Success)
        {
            // The guards never change meaning; if they ever break a file, say so rather than load it unguarded.
            diagnostics.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToDiagnostic(d, sources) with
            {
                Message = "The rule engine could not guard this file against runaway loops: " + d.GetMessage(CultureInfo.InvariantCulture),
            }));
            return new CompiledRules(null, ruleTypes, diagnostics);
        }

        return new CompiledRules(stream.ToArray(), ruleTypes, diagnostics);
    }

    private static RuleLoadDiagnostic ToDiagnostic(Diagnostic diagnostic, IReadOnlyList<RuleSource> sources) => new(
        RuleLoadCodes.CompileError,
        diagnostic.Severity == DiagnosticSeverity.Error ? RuleSeverity.Error : RuleSeverity.Warning,
        $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}",
        Position(diagnostic.Location, sources));

    /// <summary>A 1-based position in the file the location names; the first file when it names none.</summary>
    internal static SourcePosition Position(Location location, IReadOnlyList<RuleSource> sources)
    {
        var span = location.GetMappedLineSpan();
        return span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? new SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            : new SourcePosition(sources.Count > 0 ? sources[0].Path : "rules", 1, 1);
    }

    /// <summary>The name reflection gives the type (<c>Namespace.Outer+Inner`1</c>).</summary>
    private static string ReflectionName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }
}
