using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using LoadDiagnostic = Kamiyama.Domain.Diagnostics.Diagnostic;
using Severity = Kamiyama.Domain.Diagnostics.DiagnosticSeverity;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// A placeholder of a rule's message that no <c>Report</c> call of the rule fills would print as written
/// (<c>{target}</c>) in every finding: a KRL003 error at the message, found from the rule's own text. Checked where the
/// message is a constant and every <c>Report</c> argument is a <c>("name", value)</c> tuple with a constant name, so the
/// names filled are known; a rule that builds its arguments otherwise is not judged.
/// </summary>
internal static class PlaceholderCheck
{
    public static IEnumerable<LoadDiagnostic> Check(TypeDeclarationSyntax rule, SemanticModel model, GuardedTree file, IReadOnlyList<RuleSource> sources)
    {
        var format = rule.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: nameof(RuleDescriptor.MessageFormat) } && a.Parent is InitializerExpressionSyntax);
        if (format is null || model.GetConstantValue(format.Right, CompileBudget.Token) is not { HasValue: true, Value: string text })
        {
            return [];
        }

        var filled = new HashSet<string>(StringComparer.Ordinal);
        var reports = 0;
        foreach (var call in rule.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = call.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            };
            if (name != nameof(RuleContext.Report))
            {
                continue;
            }

            reports++;
            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (argument.Expression is not TupleExpressionSyntax { Arguments.Count: 2 } tuple
                    || model.GetConstantValue(tuple.Arguments[0].Expression, CompileBudget.Token) is not { HasValue: true, Value: string filledName })
                {
                    return []; // arguments made otherwise: the names are not known here
                }

                filled.Add(filledName);
            }
        }

        if (reports == 0)
        {
            return [];
        }

        var at = RuleCompiler.Position(file.ToAuthored(format.Right.GetLocation()), sources);
        return RuleDescriptor.PlaceholdersOf(text)
            .Where(p => !filled.Contains(p))
            .Select(p => new LoadDiagnostic(
                RuleDiagnosticCodes.InvalidDescriptor,
                Severity.Error,
                $"The message placeholder {{{p}}} is never filled: no Report call of this rule gives (\"{p}\", value), so every finding would print it as written.",
                at,
                Kamiyama.Domain.Diagnostics.DiagnosticOrigin.Load))
            .ToList();
    }
}
