using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Puts the runaway guards into a rule file that parses: <c>RuleGuard.Tick()</c> at the top of every loop body,
/// <c>RuleGuard.Enter()</c> at the top of every method, constructor, accessor, operator, local function and lambda
/// (expression bodies become blocks). Works on the text, not on the compilation: each guard is inserted on the line of
/// the author's code it guards, without changing any of the author's tokens, so the file is bound once, with its guards,
/// and every diagnostic still maps back to the author's line and column (<see cref="GuardedTree"/>).
/// </summary>
internal sealed class GuardRewriter : CSharpSyntaxWalker
{
    private const string Tick = "global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Tick();";
    private const string Enter = "global::Kamiyama.Domain.Rules.Authoring.RuleGuard.Enter();";

    private readonly Func<LambdaExpressionSyntax, bool> _lambdaReturnsVoid;
    private readonly List<GuardEdit> _edits = [];

    private GuardRewriter(Func<LambdaExpressionSyntax, bool> lambdaReturnsVoid)
    {
        _lambdaReturnsVoid = lambdaReturnsVoid;
    }

    /// <summary>Guards a file.</summary>
    /// <param name="tree">The file as written; it must parse without errors.</param>
    /// <param name="lambdaReturnsVoid">
    /// Whether a lambda returns void; asked only for an expression-bodied lambda whose body could be either (a call, an
    /// assignment, <c>new</c>...), where the syntax cannot tell.
    /// </param>
    public static GuardedTree Rewrite(SyntaxTree tree, Func<LambdaExpressionSyntax, bool> lambdaReturnsVoid)
    {
        var rewriter = new GuardRewriter(lambdaReturnsVoid);
        rewriter.Visit(tree.GetRoot());

        // An opening is recorded before the nodes inside it and a closing after them, so at one offset this order
        // (the sort is stable) nests them: "{ Enter(); return y => { Enter(); return z; }; }".
        return GuardedTree.Create(tree, [.. rewriter._edits.OrderBy(e => e.Start)]);
    }

    public override void VisitWhileStatement(WhileStatementSyntax node) => Loop(node, node.Statement, base.VisitWhileStatement);

    public override void VisitDoStatement(DoStatementSyntax node) => Loop(node, node.Statement, base.VisitDoStatement);

    public override void VisitForStatement(ForStatementSyntax node) => Loop(node, node.Statement, base.VisitForStatement);

    public override void VisitForEachStatement(ForEachStatementSyntax node) => Loop(node, node.Statement, base.VisitForEachStatement);

    public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node) => Loop(node, node.Statement, base.VisitForEachVariableStatement);

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, IsVoid(node.ReturnType), getter: false);
        base.VisitMethodDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, returnsVoid: true, getter: false);
        base.VisitConstructorDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, IsVoid(node.ReturnType), getter: false);
        base.VisitOperatorDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, returnsVoid: false, getter: false);
        base.VisitConversionOperatorDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, !node.IsKind(SyntaxKind.GetAccessorDeclaration), getter: false);
        base.VisitAccessorDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        Member(body: null, node.ExpressionBody, node.SemicolonToken, returnsVoid: false, getter: true);
        base.VisitPropertyDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: true);
    }

    public override void VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        Member(body: null, node.ExpressionBody, node.SemicolonToken, returnsVoid: false, getter: true);
        base.VisitIndexerDeclaration(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: true);
    }

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        Member(node.Body, node.ExpressionBody, node.SemicolonToken, IsVoid(node.ReturnType), getter: false);
        base.VisitLocalFunctionStatement(node);
        Close(node.ExpressionBody, node.SemicolonToken, getter: false);
    }

    public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Lambda(node, base.VisitSimpleLambdaExpression);

    public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => Lambda(node, base.VisitParenthesizedLambdaExpression);

    public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        Top(node.Block, Enter);
        base.VisitAnonymousMethodExpression(node);
    }

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);

    /// <summary>Whether an expression can stand as a statement, so that a lambda made of it may return void.</summary>
    private static bool MayBeStatement(ExpressionSyntax expression) => expression
        is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax
        or ConditionalAccessExpressionSyntax or PostfixUnaryExpressionSyntax
        || expression.IsKind(SyntaxKind.PreIncrementExpression) || expression.IsKind(SyntaxKind.PreDecrementExpression);

    private static string Opening(ExpressionSyntax body, bool returnsVoid) =>
        body is ThrowExpressionSyntax || returnsVoid ? "{ " + Enter + " " : "{ " + Enter + " return ";

    private void Loop<T>(T loop, StatementSyntax body, Action<T> visitChildren)
        where T : StatementSyntax
    {
        switch (body)
        {
            case BlockSyntax block:
                Top(block, Tick);
                visitChildren(loop);
                break;
            case LocalDeclarationStatementSyntax or LabeledStatementSyntax or LocalFunctionStatementSyntax:
                // Not allowed as a loop body (CS1023); left alone so that the compiler still says so.
                visitChildren(loop);
                break;
            default:
                Insert(body.SpanStart, "{ " + Tick + " ");
                visitChildren(loop);
                Insert(body.Span.End, " }");
                break;
        }
    }

    private void Member(BlockSyntax? body, ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, bool returnsVoid, bool getter)
    {
        if (body is not null)
        {
            Top(body, Enter);
        }
        else if (arrow is not null && !semicolon.IsMissing)
        {
            var opening = Opening(arrow.Expression, returnsVoid);
            _edits.Add(new GuardEdit(arrow.ArrowToken.SpanStart, arrow.ArrowToken.Span.Length, getter ? "{ get " + opening : opening));
        }
    }

    private void Close(ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, bool getter)
    {
        if (arrow is not null && !semicolon.IsMissing)
        {
            Insert(semicolon.Span.End, getter ? " } }" : " }");
        }
    }

    private void Lambda<T>(T lambda, Action<T> visitChildren)
        where T : LambdaExpressionSyntax
    {
        if (lambda.Block is { } block)
        {
            Top(block, Enter);
            visitChildren(lambda);
        }
        else if (lambda.ExpressionBody is { } body)
        {
            Insert(body.SpanStart, Opening(body, MayBeStatement(body) && _lambdaReturnsVoid(lambda)));
            visitChildren(lambda);
            Insert(body.Span.End, "; }");
        }
        else
        {
            visitChildren(lambda);
        }
    }

    /// <summary>A guard before the block's first statement (before its closing brace when it has none), on that line.</summary>
    private void Top(BlockSyntax block, string guard) =>
        Insert(block.Statements.Count > 0 ? block.Statements[0].SpanStart : block.CloseBraceToken.SpanStart, guard + " ");

    private void Insert(int position, string text) => _edits.Add(new GuardEdit(position, 0, text));
}
