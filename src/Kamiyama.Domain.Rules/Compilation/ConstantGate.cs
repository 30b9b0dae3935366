using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = Kamiyama.Domain.Diagnostics.Diagnostic;
using DiagnosticOrigin = Kamiyama.Domain.Diagnostics.DiagnosticOrigin;
using Severity = Kamiyama.Domain.Diagnostics.DiagnosticSeverity;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// What would make the compiler itself take hours or gigabytes, judged on the syntax alone, before anything is bound.
/// Lambdas may nest <see cref="MaxLambdaDepth"/> deep (binding them in calls of overloaded methods grows about threefold
/// with each level). Constant strings: the compiler folds constant strings while it
/// binds, so thirty lines that double a constant again and again (<c>const string c1 = c0 + c0;</c> …) would make it
/// build gigabytes in this process before any limit is checked. A string constant may not be built from other constants,
/// and the constant strings a set uses may not add up to more than <see cref="MaxConstantChars"/> characters.
/// </summary>
internal static class ConstantGate
{
    /// <summary>How many characters of constant strings a set may use, counted at every use.</summary>
    public const int MaxConstantChars = 1_000_000;

    /// <summary>How deeply lambdas, anonymous methods and queries may nest.</summary>
    public const int MaxLambdaDepth = 3;

    public static List<Diagnostic> Check(IReadOnlyList<SyntaxTree> trees)
    {
        var problems = new List<Diagnostic>();
        foreach (var tree in trees)
        {
            foreach (var function in tree.GetRoot().DescendantNodes().Where(IsFunction))
            {
                if (function.Ancestors().Count(IsFunction) == MaxLambdaDepth)
                {
                    problems.Add(Refused(function.GetLocation(), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A lambda nested in {MaxLambdaDepth} others"), "binding lambdas nested in calls of overloaded methods takes the compiler time that grows exponentially with the depth; make the inner ones methods"));
                }
            }
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var declared = new HashSet<SyntaxToken>();
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<VariableDeclarationSyntax>().Where(d => IsConst(d) && IsString(d.Type)))
            {
                foreach (var variable in declaration.Variables)
                {
                    declared.Add(variable.Identifier);
                    if (variable.Initializer is not { } initializer)
                    {
                        continue;
                    }

                    if (initializer.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault(n => !IsNameof(n)) is { } other)
                    {
                        problems.Add(Refused(other.GetLocation(), $"The string constant {variable.Identifier.ValueText} built from {other.Identifier.ValueText}", "a string constant may be built from literals only (the compiler builds every constant string in memory while it compiles)"));
                        continue;
                    }

                    var size = initializer.Value.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)).Sum(t => (long)t.ValueText.Length);
                    sizes[variable.Identifier.ValueText] = Math.Max(size, sizes.GetValueOrDefault(variable.Identifier.ValueText));
                }
            }
        }

        if (sizes.Count == 0)
        {
            return problems;
        }

        long total = 0;
        foreach (var tree in trees)
        {
            foreach (var use in tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && !declared.Contains(t)))
            {
                if (sizes.TryGetValue(use.ValueText, out var size) && (total += size) > MaxConstantChars)
                {
                    problems.Add(Refused(use.GetLocation(), "Using string constants", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the constant strings a set uses may add up to {MaxConstantChars:N0} characters, and these reach more (the compiler builds each in memory)")));
                    return problems;
                }
            }
        }

        return problems;
    }

    private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or QueryExpressionSyntax;

    private static bool IsConst(VariableDeclarationSyntax declaration) => declaration.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        LocalDeclarationStatementSyntax local => local.IsConst,
        _ => false,
    };

    private static bool IsString(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.StringKeyword),
        _ => type.ToString() is "String" or "System.String" or "global::System.String",
    };

    private static bool IsNameof(IdentifierNameSyntax name) =>
        name.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation && invocation.Expression == name
        || name.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    private static Diagnostic Refused(Location location, string api, string reason)
    {
        var span = location.GetLineSpan();
        return new Diagnostic(
            RuleDiagnosticCodes.Refused,
            Severity.Error,
            $"{api} is not allowed in rules: {reason}.",
            new Kamiyama.Domain.Sources.SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1), DiagnosticOrigin.Load);
    }
}
