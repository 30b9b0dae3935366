using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;

namespace Kamiyama.Domain.Sheets;

/// <summary>
/// 事業シート (実施計画兼予算要求書（検証）) — the evaluation of one project: its budget account, the measures it serves,
/// its overview and purpose, a qualitative target state (目標), activity indicators (活動指標), cost (事業費) and staff
/// effort (従事人工). A <see cref="IsCarriedOver"/> sheet covers the part of a project carried over (繰越) from the
/// previous year's budget.
/// </summary>
public sealed record ProjectSheet : Sheet
{
    private const string CarriedOverSuffix = "（繰越）";
    private readonly string _name = string.Empty;

    /// <summary>事業名 — the project's name, without the （繰越） suffix.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public required string Name
    {
        get => _name;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _name = value;
        }
    }

    /// <summary>繰越 — whether this sheet covers the part carried over from the previous year's budget.</summary>
    public bool IsCarriedOver { get; init; }

    /// <summary>予算科目 — the budget account, or <see langword="null"/> when the sheet gives none.</summary>
    public BudgetAccount? Account { get; init; }

    /// <summary>施策 — the measures the project serves, as written (they may lie outside the document at hand).</summary>
    public ValueArray<PlanItem> Measures { get; init; }

    /// <summary>事業概要 — the overview.</summary>
    public string Overview { get; init; } = string.Empty;

    /// <summary>目的 — the purpose.</summary>
    public string Purpose { get; init; } = string.Empty;

    /// <summary>目標 — the qualitative target state, or <see langword="null"/> when the row is empty.</summary>
    public Indicator? Goal { get; init; }

    /// <summary>活動指標 — the activity indicators.</summary>
    public ValueArray<Indicator> Activities { get; init; }

    /// <summary>事業費（千円） — the cost.</summary>
    public CostLine Cost { get; init; } = CostLine.Blank;

    /// <summary>従事人工 — the staff effort.</summary>
    public StaffLine Staff { get; init; } = StaffLine.Blank;

    /// <inheritdoc />
    public override string Title => IsCarriedOver ? Name + CarriedOverSuffix : Name;

    /// <inheritdoc />
    public override IEnumerable<Indicator> Indicators => Goal is null ? Activities : Activities.Prepend(Goal);

    /// <summary>
    /// Splits a project name as sheets write it into the name and the carried-over flag:
    /// <c>総務一般管理費（繰越）</c> is <c>総務一般管理費</c>, carried over.
    /// </summary>
    /// <param name="written">The name as written.</param>
    /// <returns>The name without the suffix, and whether it had one.</returns>
    internal static (string Name, bool IsCarriedOver) SplitName(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var trimmed = written.Trim();
        foreach (var suffix in (ReadOnlySpan<string>)[CarriedOverSuffix, "(繰越)"])
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (trimmed[..^suffix.Length].TrimEnd(), true);
            }
        }

        return (trimmed, false);
    }
}
