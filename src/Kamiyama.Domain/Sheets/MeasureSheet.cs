using Kamiyama.Domain.Planning;

namespace Kamiyama.Domain.Sheets;

/// <summary>
/// 施策シート — the evaluation of one measure of the plan for a fiscal year: its place in the plan, purposes (目的),
/// goals (目標), results (実績), outcome indicators (目標値), the reason for divergences (理由) and what comes next.
/// </summary>
public sealed record MeasureSheet : Sheet
{
    private readonly PlanItem _chapter = null!;
    private readonly PlanItem _policy = null!;
    private readonly PlanItem _measure = null!;

    /// <summary>章 — the chapter heading (<c>5 つながる『みんなで創る住みよいまち』</c>).</summary>
    /// <exception cref="ArgumentException">The item is not a chapter.</exception>
    public required PlanItem Chapter { get => _chapter; init => _chapter = Expect(value, PlanLevel.Chapter); }

    /// <summary>政策 — the policy heading (<c>5-1 みんなが主役のまちづくりを推進します</c>).</summary>
    /// <exception cref="ArgumentException">The item is not a policy.</exception>
    public required PlanItem Policy { get => _policy; init => _policy = Expect(value, PlanLevel.Policy); }

    /// <summary>施策 — the measure heading (<c>5-1-1 多様な担い手が参画するまちづくりの推進</c>).</summary>
    /// <exception cref="ArgumentException">The item is not a measure.</exception>
    public required PlanItem Measure { get => _measure; init => _measure = Expect(value, PlanLevel.Measure); }

    /// <summary>The measure's code.</summary>
    public PlanCode Code => Measure.Code;

    /// <summary>目的 — the purposes.</summary>
    public ValueArray<SheetItem> Purposes { get; init; }

    /// <summary>目標 — the goals, each with its explanation.</summary>
    public ValueArray<SheetItem> Goals { get; init; }

    /// <summary>実績 — the results, each with its <c>(1) …</c> lines.</summary>
    public ValueArray<SheetItem> Results { get; init; }

    /// <summary>目標値 — the outcome indicators.</summary>
    public ValueArray<Indicator> Outcomes { get; init; }

    /// <inheritdoc />
    public override string Title => Measure.ToString();

    /// <inheritdoc />
    public override IEnumerable<Indicator> Indicators => Outcomes;

    private static PlanItem Expect(PlanItem item, PlanLevel level)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Level == level ? item : throw new ArgumentException($"{item.Code} is a {item.Level} code; expected a {level} code.", nameof(item));
    }
}
