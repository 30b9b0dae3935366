using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = Kamiyama.Domain.Diagnostics.Diagnostic;
using DiagnosticOrigin = Kamiyama.Domain.Diagnostics.DiagnosticOrigin;
using Severity = Kamiyama.Domain.Diagnostics.DiagnosticSeverity;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The safety gate: walks a rule file (skipping the engine's own guards) and refuses (KRL002) every symbol the
/// <see cref="SymbolPolicy"/> refuses and every construct that escapes the engine's control: unsafe code, <c>extern</c>,
/// <c>dynamic</c>, <c>goto</c>, async code, <c>lock</c>, <c>stackalloc</c>, finalizers, catching everything, and
/// <c>#r</c>/<c>#load</c>.
/// </summary>
internal sealed class SafetyGate : CSharpSyntaxWalker
{
    private readonly GuardedTree _file;
    private readonly SemanticModel _model;
    private readonly List<Diagnostic> _found = [];
    private readonly HashSet<(int, string)> _seen = [];

    private SafetyGate(GuardedTree file, SemanticModel model)
        : base(SyntaxWalkerDepth.StructuredTrivia)
    {
        _file = file;
        _model = model;
    }

    /// <summary>Checks a file as compiled (<see cref="GuardedTree.Compiled"/>); refusals name the author's positions, never a guard.</summary>
    public static IReadOnlyList<Diagnostic> Check(GuardedTree file, SemanticModel model)
    {
        var gate = new SafetyGate(file, model);
        gate.Visit(file.Compiled.GetRoot());
        return gate._found;
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (!node.IsVar)
        {
            CheckName(node);
        }
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        CheckName(node);
        CheckExpansion(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        base.VisitGenericName(node);
    }

    public override void VisitTupleExpression(TupleExpressionSyntax node)
    {
        CheckSize(node, _model.GetTypeInfo(node, CompileBudget.Token).Type);
        base.VisitTupleExpression(node);
    }

    public override void VisitTupleType(TupleTypeSyntax node)
    {
        CheckSize(node, _model.GetTypeInfo(node, CompileBudget.Token).Type);
        base.VisitTupleType(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        // nameof(...) only reads a name.
        if (node.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && _model.GetSymbolInfo(node, CompileBudget.Token).Symbol is null)
        {
            return;
        }

        CheckSize(node, _model.GetTypeInfo(node, CompileBudget.Token).Type);
        CheckExpansion(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        base.VisitInvocationExpression(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        CheckSize(node, _model.GetTypeInfo(node, CompileBudget.Token).Type);
        base.VisitObjectCreationExpression(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        base.VisitElementAccessExpression(node);
    }

    public override void VisitElementBindingExpression(ElementBindingExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node, CompileBudget.Token).Symbol);
        base.VisitElementBindingExpression(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        CheckOperator(node);
        base.VisitBinaryExpression(node);
    }

    public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
    {
        CheckOperator(node);
        base.VisitPrefixUnaryExpression(node);
    }

    public override void VisitPostfixUnaryExpression(PostfixUnaryExpressionSyntax node)
    {
        CheckOperator(node);
        base.VisitPostfixUnaryExpression(node);
    }

    public override void VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        CheckOperator(node);
        base.VisitAssignmentExpression(node);
    }

    public override void VisitToken(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.UnsafeKeyword:
                Refuse(token.GetLocation(), "unsafe", "unsafe code");
                break;
            case SyntaxKind.ExternKeyword when token.Parent is not ExternAliasDirectiveSyntax:
                Refuse(token.GetLocation(), "extern", "native interop");
                break;
            case SyntaxKind.AsyncKeyword:
                Refuse(token.GetLocation(), "async", "threads, tasks and timers");
                break;
        }

        base.VisitToken(token);
    }

    public override void VisitExternAliasDirective(ExternAliasDirectiveSyntax node) =>
        Refuse(node.GetLocation(), "extern alias", "rules cannot reference assemblies");

    public override void VisitGotoStatement(GotoStatementSyntax node)
    {
        Refuse(node.GetLocation(), "goto", "jumps escape the engine's loop guards; write a loop");
        base.VisitGotoStatement(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node)
    {
        Refuse(node.LockKeyword.GetLocation(), "lock", "threads, tasks and timers");
        base.VisitLockStatement(node);
    }

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        Refuse(node.AwaitKeyword.GetLocation(), "await", "threads, tasks and timers");
        base.VisitAwaitExpression(node);
    }

    public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
    {
        Refuse(node.Identifier.GetLocation(), "A finalizer", "it runs outside the rule's time limit");
        base.VisitDestructorDeclaration(node);
    }

    public override void VisitPointerType(PointerTypeSyntax node)
    {
        Refuse(node.GetLocation(), "A pointer type", "unsafe code");
        base.VisitPointerType(node);
    }

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
    {
        Refuse(node.GetLocation(), "A function pointer", "unsafe code");
        base.VisitFunctionPointerType(node);
    }

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
    {
        Refuse(node.StackAllocKeyword.GetLocation(), "stackalloc", "a large one ends the process with a stack overflow");
        base.VisitStackAllocArrayCreationExpression(node);
    }

    public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
    {
        Refuse(node.StackAllocKeyword.GetLocation(), "stackalloc", "a large one ends the process with a stack overflow");
        base.VisitImplicitStackAllocArrayCreationExpression(node);
    }

    public override void VisitMakeRefExpression(MakeRefExpressionSyntax node) => Refuse(node.GetLocation(), "__makeref", "unsafe code");

    public override void VisitRefTypeExpression(RefTypeExpressionSyntax node) => Refuse(node.GetLocation(), "__reftype", "unsafe code");

    public override void VisitRefValueExpression(RefValueExpressionSyntax node) => Refuse(node.GetLocation(), "__refvalue", "unsafe code");

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.ArgListExpression))
        {
            Refuse(node.GetLocation(), "__arglist", "unsafe code");
        }
    }

    public override void VisitCatchClause(CatchClauseSyntax node)
    {
        var caught = node.Declaration is { } declaration ? _model.GetTypeInfo(declaration.Type, CompileBudget.Token).Type : null;
        if (caught is ITypeParameterSymbol parameter)
        {
            Refuse(node.CatchKeyword.GetLocation(), $"catch ({parameter.Name})",
                "a type parameter can stand for any exception, the engine's limits included; catch the specific exceptions you expect");
            base.VisitCatchClause(node);
            return;
        }

        var name = caught is null ? "System.Exception" : caught.ContainingNamespace?.ToDisplayString() + "." + caught.MetadataName;
        if (AllowList.Uncatchable.Contains(name))
        {
            Refuse(node.CatchKeyword.GetLocation(), caught is null ? "catch without a type" : $"catch ({caught.ToDisplayString()})",
                "it would swallow the engine's time and stack limits; catch the specific exceptions you expect");
        }

        base.VisitCatchClause(node);
    }

    public override void VisitBadDirectiveTrivia(BadDirectiveTriviaSyntax node)
    {
        CheckDirective(node, node.Identifier.ValueText);
        base.VisitBadDirectiveTrivia(node);
    }

    public override void VisitReferenceDirectiveTrivia(ReferenceDirectiveTriviaSyntax node) => CheckDirective(node, "r");

    public override void VisitLoadDirectiveTrivia(LoadDirectiveTriviaSyntax node) => CheckDirective(node, "load");

    private void CheckDirective(DirectiveTriviaSyntax node, string name)
    {
        if (name is "r" or "load")
        {
            Refuse(node.GetLocation(), "#" + name, name == "r"
                ? "a rule cannot reference assemblies; it sees the model, the rule API and the allow-listed framework"
                : "a rule cannot include other files; every file in the rule set is compiled together");
        }
    }

    private void CheckName(SimpleNameSyntax node)
    {
        var symbol = _model.GetSymbolInfo(node, CompileBudget.Token).Symbol;
        if (symbol is null)
        {
            return;
        }

        // The type on the left of File.ReadAllText or new FileInfo(...) is judged with the member or constructor,
        // so that the message names the API the rule calls.
        SyntaxNode denoting = node.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == node => access,
            QualifiedNameSyntax qualified when qualified.Right == node => qualified,
            AliasQualifiedNameSyntax alias when alias.Name == node => alias,
            _ => node,
        };
        var judgedElsewhere = denoting.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression == denoting,
            QualifiedNameSyntax qualified => qualified.Left == denoting,
            BaseObjectCreationExpressionSyntax => true,
            _ => false,
        };
        if (judgedElsewhere && symbol is ITypeSymbol or INamespaceSymbol)
        {
            return;
        }

        if (denoting.Parent is AttributeSyntax && symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            // An attribute names its type, not a constructor call.
            symbol = constructor.ContainingType;
        }

        CheckSymbol(node, symbol);
    }

    /// <summary>Refuses a value type too large for the stack, however it was made (nested tuples, a generic method's result).</summary>
    private void CheckSize(SyntaxNode node, ITypeSymbol? type)
    {
        if (type is { IsValueType: true } && StructSize.Of(type) > StructSize.Limit)
        {
            Refuse(node.GetLocation(), $"A value of {StructSize.Limit / 1024} KB or more", "a local of it could overflow the stack and end the process");
        }
    }

    /// <summary>
    /// Refuses generic code of the rule's own that instantiates itself with ever larger types (<c>F&lt;(T, T)&gt;</c> inside
    /// <c>F&lt;T&gt;</c>): each level doubles the stack frame until the process overflows, before any guard runs.
    /// </summary>
    private void CheckExpansion(SyntaxNode node, ISymbol? symbol)
    {
        var arguments = symbol switch
        {
            IMethodSymbol method when IsFromRules(method) => method.TypeArguments,
            INamedTypeSymbol type when IsFromRules(type) => type.TypeArguments,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsFromRules(constructor.ContainingType) => constructor.ContainingType.TypeArguments,
            _ => [],
        };
        if (arguments.Any(a => a is not ITypeParameterSymbol && ContainsTypeParameter(a)))
        {
            Refuse(node.GetLocation(), $"The instantiation {symbol!.ToDisplayString()}", "generic code that builds a larger type from its own type parameter can grow without bound and end the process; pass the type parameter itself or a closed type");
        }
    }

    private bool IsFromRules(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _model.Compilation.Assembly);

    private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter),
        _ => false,
    };

    private void CheckOperator(ExpressionSyntax node)
    {
        if (_model.GetSymbolInfo(node, CompileBudget.Token).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } method)
        {
            CheckSymbol(node, method);
        }
    }

    private void CheckSymbol(SyntaxNode node, ISymbol? symbol)
    {
        if (symbol is not null && SymbolPolicy.Judge(symbol, _model.Compilation.Assembly) is var (api, reason))
        {
            Refuse(node.GetLocation(), api, reason);
        }
    }

    private void Refuse(Location location, string api, string reason)
    {
        if (_seen.Add((location.SourceSpan.Start, api + reason)) && Refusal(_file, location, api, reason) is { } refusal)
        {
            _found.Add(refusal);
        }
    }

    /// <summary>A KRL002 at the author's position; null for a position inside an inserted guard.</summary>
    internal static Diagnostic? Refusal(GuardedTree file, Location location, string api, string reason)
    {
        if (file.InGuard(location.SourceSpan.Start))
        {
            return null;
        }

        var position = file.ToAuthored(location).GetLineSpan();
        return new Diagnostic(
            RuleDiagnosticCodes.Refused,
            Severity.Error,
            $"{api} is not allowed in rules: {reason}.",
            new Kamiyama.Domain.Sources.SourcePosition(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1), DiagnosticOrigin.Load);
    }
}
