namespace Kamiyama.Domain.Values;

/// <summary>
/// 指標の方向 — whether an indicator improves as it rises or as it falls, as the national review system records it
/// (上向き／下向き).
/// </summary>
public enum IndicatorDirection
{
    /// <summary>上向き — higher is better (participants, cases, a share of women on councils).</summary>
    HigherIsBetter = 0,

    /// <summary>下向き — lower is better (accidents, waiting children, cost per case).</summary>
    LowerIsBetter = 1,
}
