using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Sheets;

/// <summary>事業費（千円） — a project's cost: this year's budget, this year's actual and next year's budget.</summary>
/// <param name="Budget">予算 — this year's budget.</param>
/// <param name="Actual">実績 — what was spent this year.</param>
/// <param name="NextBudget">Next year's budget (— on a carried-over sheet).</param>
public sealed record CostLine(Figure<Money> Budget, Figure<Money> Actual, Figure<Money> NextBudget)
{
    /// <summary>A line with every cell blank.</summary>
    public static CostLine Blank { get; } = new(Figure<Money>.Blank, Figure<Money>.Blank, Figure<Money>.Blank);

    /// <summary>執行率 — actual ÷ budget, or <see langword="null"/> when either is missing or the budget is zero.</summary>
    public decimal? ExecutionRate => Budget.TryGetValue(out var budget) && Actual.TryGetValue(out var actual) ? actual.RatioTo(budget) : null;
}
