using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Inserts the runaway guards into a rule file that passed the gate: <c>RuleGuard.Tick()</c> at the top of every loop
/// body, <c>RuleGuard.Enter()</c> at the top of every method, constructor, accessor, operator, local function and lambda
/// (expression bodies become blocks). Runs on the original tree, so the semantic model can say whether a lambda returns.
/// </summary>
internal sealed class GuardRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Tick = ParseStatement("global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Tick();");
    private static readonly StatementSyntax Enter = ParseStatement("global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Enter();");

    public static SyntaxNode Rewrite(SyntaxNode root, SemanticModel model) => new GuardRewriter(model).Visit(root);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Prepend(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Prepend(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Prepend(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Prepend(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Prepend(visited.Statement, Tick));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, IsVoid(node.ReturnType)))
            : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, returnsVoid: true))
            : visited;
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, IsVoid(node.ReturnType)))
            : visited;
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, returnsVoid: false))
            : visited;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        var returnsVoid = !node.IsKind(SyntaxKind.GetAccessorDeclaration);
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, returnsVoid))
            : visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow.Expression))
            : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow.Expression))
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is { } body ? visited.WithBody(Prepend(body, Enter))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, IsVoid(node.ReturnType)))
            : visited;
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var returnsVoid = LambdaReturnsVoid(node);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.Block is { } block ? visited.WithBlock(Prepend(block, Enter))
            : visited.ExpressionBody is { } body ? visited.WithExpressionBody(null).WithBlock(Guarded(body, returnsVoid))
            : visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var returnsVoid = LambdaReturnsVoid(node);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.Block is { } block ? visited.WithBlock(Prepend(block, Enter))
            : visited.ExpressionBody is { } body ? visited.WithExpressionBody(null).WithBlock(Guarded(body, returnsVoid))
            : visited;
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(visited.Block, Enter));
    }

    private static BlockSyntax Prepend(BlockSyntax block, StatementSyntax guard) => block.WithStatements(block.Statements.Insert(0, guard));

    private static BlockSyntax Prepend(StatementSyntax statement, StatementSyntax guard) =>
        statement is BlockSyntax block ? Prepend(block, guard) : Block(guard, statement);

    private static BlockSyntax Guarded(ExpressionSyntax expression, bool returnsVoid) => Block(
        Enter,
        expression switch
        {
            ThrowExpressionSyntax thrown => ThrowStatement(thrown.Expression),
            _ when returnsVoid => ExpressionStatement(expression),
            _ => ReturnStatement(expression),
        });

    private static AccessorListSyntax Getter(ExpressionSyntax expression) =>
        AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Guarded(expression, returnsVoid: false))));

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);

    private bool LambdaReturnsVoid(LambdaExpressionSyntax lambda) => model.GetSymbolInfo(lambda).Symbol is IMethodSymbol { ReturnsVoid: true };
}
