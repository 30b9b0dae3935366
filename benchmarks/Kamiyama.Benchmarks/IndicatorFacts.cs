namespace Kamiyama.Benchmarks;

/// <summary>The flat input a RulesEngine workflow reads: one indicator's numbers and its sheet's 理由 flag.</summary>
public sealed class IndicatorFacts
{
    /// <summary>Whether target and actual are both quantities of a non-qualitative indicator.</summary>
    public bool Comparable { get; init; }

    /// <summary>The target's number (0 when not comparable).</summary>
    public decimal Target { get; init; }

    /// <summary>The actual's number (0 when not comparable).</summary>
    public decimal Actual { get; init; }

    /// <summary>Whether the sheet gives a 理由.</summary>
    public bool HasReason { get; init; }
}
