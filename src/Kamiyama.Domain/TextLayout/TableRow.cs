namespace Kamiyama.Domain.TextLayout;

/// <summary>A data row of a sheet's table, its label resolved (a continuation row carries the label above it).</summary>
/// <param name="Line">The line.</param>
/// <param name="Label">The normalised row label (目標値, 活動指標, 事業費（千円） …).</param>
/// <param name="Name">The name cell (indicator name; empty for cost and staff rows).</param>
/// <param name="Values">This year's target or budget, the actual, next year's target or budget.</param>
/// <param name="IsContinuation">Whether the row started with an empty label cell.</param>
internal sealed record TableRow(Line Line, string Label, Cell Name, ArraySegment<Cell> Values, bool IsContinuation)
{
    public bool IsEmpty => Name.Text.Length == 0 && !TableParser.AnyText(Values);
}
