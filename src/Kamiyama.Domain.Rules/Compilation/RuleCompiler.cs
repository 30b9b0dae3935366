using System.Globalization;
using System.Text;
using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using LoadDiagnostic = Kamiyama.Domain.Diagnostics.Diagnostic;
using Severity = Kamiyama.Domain.Diagnostics.DiagnosticSeverity;
using SourcePosition = Kamiyama.Domain.Sources.SourcePosition;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Compiles a whole rule set as one C# compilation: every file parsed as regular C# under its own path, plus the engine's
/// global usings. The runaway guards go into the text first (<see cref="GuardRewriter"/>), so a set that compiles is bound
/// and emitted once; the diagnostics of that emit and the safety gate over the same compilation map back to the author's
/// positions. A set with errors is diagnosed again as written, so that its errors read exactly as the author's code
/// produces them. The only way into Roslyn: the cache-hit path never reaches this type.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>The path of the engine's global usings in diagnostics.</summary>
    public const string EngineUsingsPath = "<engine>/GlobalUsings.cs";

    private const string GuardFailed = "The rule engine could not guard this file against runaway loops: ";

    private static readonly string[] GlobalNamespaces =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Text.RegularExpressions", "NodaTime",
        "Kamiyama.Domain", "Kamiyama.Domain.Sheets", "Kamiyama.Domain.Values", "Kamiyama.Domain.Budget", "Kamiyama.Domain.Planning",
        "Kamiyama.Domain.Time", "Kamiyama.Domain.Diagnostics", "Kamiyama.Domain.Rules", "Kamiyama.Domain.Rules.Authoring",
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

            // A rule file's type or namespace that conflicts with the engine's is an error, never a warning that lets
            // the file's own win (the gate also refuses it, naming why).
            ["CS0435"] = ReportDiagnostic.Error,
            ["CS0436"] = ReportDiagnostic.Error,
            ["CS0437"] = ReportDiagnostic.Error,
        });

    public static CompiledRules Compile(IReadOnlyList<RuleSource> sources, string assemblyName)
    {
        var usings = CSharpSyntaxTree.ParseText(SourceText.From(string.Concat(GlobalNamespaces.Select(n => $"global using {n};\n")), Encoding.UTF8), ParseOptions, EngineUsingsPath);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), ParseOptions, s.Path)).ToList();
        var authored = CSharpCompilation.Create(assemblyName, [usings, .. trees], RuleReferences.With(HostSurface.Current), Options);
        if (trees.Any(t => t.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)))
        {
            // A file that does not parse never runs, so it needs no guard.
            return Diagnose(authored, trees, sources, guardFailures: []);
        }

        if (ConstantGate.Check(trees) is { Count: > 0 } folding)
        {
            // Refused before anything is bound: binding is what would build the strings.
            return new CompiledRules(null, new Dictionary<string, SourcePosition>(), folding);
        }

        var models = new Dictionary<SyntaxTree, SemanticModel>();
        bool LambdaReturnsVoid(LambdaExpressionSyntax lambda)
        {
            // Binds only the member around the lambda, and only for the few lambdas whose syntax cannot tell.
            if (!models.TryGetValue(lambda.SyntaxTree, out var model))
            {
                model = models[lambda.SyntaxTree] = authored.GetSemanticModel(lambda.SyntaxTree);
            }

            return model.GetSymbolInfo(lambda, CompileBudget.Token).Symbol is IMethodSymbol { ReturnsVoid: true };
        }

        var files = trees.Select(t => GuardRewriter.Rewrite(t, LambdaReturnsVoid)).ToList();
        var compilation = files.Where(f => f.Compiled != f.Authored).Aggregate(authored, (c, f) => c.ReplaceSyntaxTree(f.Authored, f.Compiled));
        using var stream = new MemoryStream();
        // The portable PDB goes inside the assembly: the engine reads it to name the rule file's line of a run-time error.
        var emitted = compilation.Emit(stream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded), cancellationToken: CompileBudget.Token);
        if (!emitted.Success)
        {
            // Errors are reported as the files as written produce them (the guards could change a message), at the
            // cost of binding once more, on this path only.
            var failures = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => ToDiagnostic(d, files, sources) with { Message = GuardFailed + d.GetMessage(CultureInfo.InvariantCulture) });
            return Diagnose(authored, trees, sources, [.. failures]);
        }

        var diagnostics = emitted.Diagnostics.Where(IsReported).Select(d => ToDiagnostic(d, files, sources)).ToList();
        var ruleTypes = Inspect(compilation, files, sources, diagnostics);
        return diagnostics.Any(d => d.Severity == Severity.Error)
            ? new CompiledRules(null, ruleTypes, diagnostics)
            : new CompiledRules(stream.ToArray(), ruleTypes, diagnostics);
    }

    /// <summary>A 1-based position in the file the location names; the first file when it names none.</summary>
    internal static SourcePosition Position(Location location, IReadOnlyList<RuleSource> sources)
    {
        var span = location.GetMappedLineSpan();
        return span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? new SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            : new SourcePosition(sources.Count > 0 ? sources[0].Path : "rules", 1, 1);
    }

    /// <summary>
    /// The diagnostics of a set that does not compile, from the files as written. When they show no error the guards broke
    /// a file; then <paramref name="guardFailures"/> say so rather than the set loading unguarded.
    /// </summary>
    private static CompiledRules Diagnose(CSharpCompilation authored, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<RuleSource> sources, IReadOnlyList<LoadDiagnostic> guardFailures)
    {
        var files = trees.Select(GuardedTree.Unguarded).ToList();
        var diagnostics = authored.GetDiagnostics(CompileBudget.Token).Where(IsReported).Select(d => ToDiagnostic(d, files, sources)).ToList();
        if (!diagnostics.Any(d => d.Severity == Severity.Error))
        {
            diagnostics.AddRange(guardFailures);
        }

        var ruleTypes = Inspect(authored, files, sources, diagnostics);
        return new CompiledRules(null, ruleTypes, diagnostics);
    }

    /// <summary>Runs the safety gate over every file and finds where each rule type is declared.</summary>
    private static Dictionary<string, SourcePosition> Inspect(CSharpCompilation compilation, IReadOnlyList<GuardedTree> files, IReadOnlyList<RuleSource> sources, List<LoadDiagnostic> diagnostics)
    {
        var ruleInterface = compilation.GetTypeByMetadataName(typeof(IRule).FullName!);
        var ruleTypes = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var model = compilation.GetSemanticModel(file.Compiled);
            diagnostics.AddRange(SafetyGate.Check(file, model));
            foreach (var declaration in file.Compiled.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration, CompileBudget.Token) is { } type && ruleInterface is not null
                    && type.AllInterfaces.Contains(ruleInterface, SymbolEqualityComparer.Default))
                {
                    ruleTypes.TryAdd(SymbolPolicy.SurfaceKey(type), Position(file.ToAuthored(declaration.Identifier.GetLocation()), sources));
                    diagnostics.AddRange(PlaceholderCheck.Check(declaration, model, file, sources));
                }
            }
        }

        var refused = new List<LoadDiagnostic>();
        DeclarationGate.Check(compilation, files, GlobalNamespaces, (file, location, api, reason) =>
        {
            if (SafetyGate.Refusal(file, location, api, reason) is { } refusal && !refused.Contains(refusal))
            {
                refused.Add(refusal);
            }
        });
        diagnostics.AddRange(refused);
        return ruleTypes;
    }

    private static bool IsReported(Diagnostic diagnostic) => diagnostic.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !diagnostic.IsSuppressed;

    private static LoadDiagnostic ToDiagnostic(Diagnostic diagnostic, IReadOnlyList<GuardedTree> files, IReadOnlyList<RuleSource> sources)
    {
        var location = files.FirstOrDefault(f => f.Compiled == diagnostic.Location.SourceTree)?.ToAuthored(diagnostic.Location) ?? diagnostic.Location;
        return new LoadDiagnostic(
            RuleDiagnosticCodes.CompileError,
            diagnostic.Severity == DiagnosticSeverity.Error ? Severity.Error : Severity.Warning,
            $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}",
            Position(location, sources),
            Kamiyama.Domain.Diagnostics.DiagnosticOrigin.Load);
    }
}
