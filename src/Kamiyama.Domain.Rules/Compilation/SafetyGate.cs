using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
    private readonly List<RuleLoadDiagnostic> _found = [];
    private readonly HashSet<(int, string)> _seen = [];

    private SafetyGate(GuardedTree file, SemanticModel model)
        : base(SyntaxWalkerDepth.StructuredTrivia)
    {
        _file = file;
        _model = model;
    }

    /// <summary>Checks a file as compiled (<see cref="GuardedTree.Compiled"/>); refusals name the author's positions, never a guard.</summary>
    public static IReadOnlyList<RuleLoadDiagnostic> Check(GuardedTree file, SemanticModel model)
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
        base.VisitGenericName(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        // nameof(...) only reads a name.
        if (node.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && _model.GetSymbolInfo(node).Symbol is null)
        {
            return;
        }

        base.VisitInvocationExpression(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node).Symbol);
        base.VisitObjectCreationExpression(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node).Symbol);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node).Symbol);
        base.VisitElementAccessExpression(node);
    }

    public override void VisitElementBindingExpression(ElementBindingExpressionSyntax node)
    {
        CheckSymbol(node, _model.GetSymbolInfo(node).Symbol);
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
        var caught = node.Declaration is { } declaration ? _model.GetTypeInfo(declaration.Type).Type : null;
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
        var symbol = _model.GetSymbolInfo(node).Symbol;
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

    private void CheckOperator(ExpressionSyntax node)
    {
        if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } method)
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
        var message = $"{api} is not allowed in rules: {reason}.";
        if (!_file.InGuard(location.SourceSpan.Start) && _seen.Add((location.SourceSpan.Start, message)))
        {
            var position = _file.ToAuthored(location).GetLineSpan();
            _found.Add(new RuleLoadDiagnostic(
                RuleLoadCodes.Refused,
                RuleSeverity.Error,
                message,
                new(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1)));
        }
    }
}
