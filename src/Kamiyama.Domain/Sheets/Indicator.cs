using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Sheets;

/// <summary>
/// 指標 — one row of a sheet's table: a name, this year's target (目標), this year's actual (実績) and next year's
/// target. Outcome (目標値) and activity (活動指標) indicators hold quantities; a qualitative 目標 holds statements.
/// </summary>
public sealed record Indicator
{
    private readonly string _name = string.Empty;
    private readonly IndicatorValue _target = IndicatorValue.Empty;
    private readonly IndicatorValue _actual = IndicatorValue.Empty;
    private readonly IndicatorValue _nextTarget = IndicatorValue.Empty;

    /// <summary>Creates an indicator.</summary>
    /// <param name="name">The name as written (<c>NPO法人数</c>); empty for a row without one.</param>
    /// <param name="kind">The row it comes from.</param>
    /// <param name="target">This year's target (令和4年度目標 / 予算 column).</param>
    /// <param name="actual">This year's actual (実績 column).</param>
    /// <param name="nextTarget">Next year's target (令和5年度目標 column).</param>
    /// <param name="direction">Whether higher or lower is better; sheets rarely say, and higher is the default.</param>
    public Indicator(string name, IndicatorKind kind, IndicatorValue target, IndicatorValue actual, IndicatorValue nextTarget, IndicatorDirection direction = IndicatorDirection.HigherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(nextTarget);
        Name = name;
        Kind = kind;
        Target = target;
        Actual = actual;
        NextTarget = nextTarget;
        Direction = direction;
    }

    /// <summary>指標名 — the name as written.</summary>
    public string Name { get => _name; init => _name = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The row it comes from.</summary>
    public IndicatorKind Kind { get; init; }

    /// <summary>上向き／下向き — whether higher or lower is better.</summary>
    public IndicatorDirection Direction { get; init; }

    /// <summary>目標 — this year's target.</summary>
    public IndicatorValue Target { get => _target; init => _target = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>実績 — this year's actual.</summary>
    public IndicatorValue Actual { get => _actual; init => _actual = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>次年度目標 — next year's target.</summary>
    public IndicatorValue NextTarget { get => _nextTarget; init => _nextTarget = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>
    /// 達成率 — actual against target, respecting <see cref="Direction"/>; <see langword="null"/> when either is not a
    /// quantity, their units differ, or the rate is undefined (a zero denominator).
    /// </summary>
    public AchievementRate? AchievementRate => Values.AchievementRate.Compute(Target, Actual, Direction);

    /// <summary>
    /// Whether the actual differs from the target: both are quantities and their numbers differ (17.0 % and 18.4 %).
    /// Not-applicable and blank cells are not a difference; neither are the statements of a qualitative 目標.
    /// </summary>
    public bool ActualDiffersFromTarget => Target is IndicatorValue.Quantity t && Actual is IndicatorValue.Quantity a && t.Value != a.Value;

    /// <summary>
    /// Whether next year's target is worse than this year's actual (below it when higher is better, above it when lower
    /// is better), in the same unit.
    /// </summary>
    public bool NextTargetBehindActual => NextTarget is IndicatorValue.Quantity next
        && Actual is IndicatorValue.Quantity actual
        && next.Unit == actual.Unit
        && (Direction == IndicatorDirection.LowerIsBetter ? next.Value > actual.Value : next.Value < actual.Value);

    /// <summary>The row as a table line: name, target, actual, next target.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Target} / {Actual} / {NextTarget}";
}
