using System.Globalization;

namespace Kamiyama.Domain.Values;

/// <summary>
/// 達成率 — how far an actual reached its target, respecting the indicator's direction: actual ÷ target when higher is
/// better, target ÷ actual when lower is better. 1 (100 %) means the target was met exactly.
/// </summary>
public readonly struct AchievementRate : IEquatable<AchievementRate>, IComparable<AchievementRate>, IFormattable
{
    /// <summary>
    /// The highest ratio a rate holds (10¹⁸, a rate of 10²⁰ %): beyond it a rate has no meaning, and its percent and
    /// its text would no longer be exact.
    /// </summary>
    public const decimal MaxRatio = 1_000_000_000_000_000_000m;

    /// <summary>Creates a rate from a ratio (1 = 100 %).</summary>
    /// <param name="ratio">The ratio; from 0 to <see cref="MaxRatio"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is negative or above <see cref="MaxRatio"/>.</exception>
    public AchievementRate(decimal ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratio);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ratio, MaxRatio);
        Ratio = ratio;
    }

    /// <summary>The ratio (1 = 100 %).</summary>
    public decimal Ratio { get; }

    /// <summary>The rate in percent (100 = the target met exactly).</summary>
    public decimal Percent => Ratio * 100;

    /// <summary>Whether the target was met or exceeded.</summary>
    public bool IsAchieved => Ratio >= 1;

    /// <summary>Whether two rates are equal.</summary>
    public static bool operator ==(AchievementRate left, AchievementRate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    public static bool operator !=(AchievementRate left, AchievementRate right) => !left.Equals(right);

    /// <summary>Whether the first rate is lower.</summary>
    public static bool operator <(AchievementRate left, AchievementRate right) => left.Ratio < right.Ratio;

    /// <summary>Whether the first rate is higher.</summary>
    public static bool operator >(AchievementRate left, AchievementRate right) => left.Ratio > right.Ratio;

    /// <summary>Whether the first rate is lower or equal.</summary>
    public static bool operator <=(AchievementRate left, AchievementRate right) => left.Ratio <= right.Ratio;

    /// <summary>Whether the first rate is higher or equal.</summary>
    public static bool operator >=(AchievementRate left, AchievementRate right) => left.Ratio >= right.Ratio;

    /// <summary>
    /// The rate of an actual against its target, or <see langword="null"/> when it has no meaning: a value that is not a
    /// quantity, units that differ, a zero denominator, a negative quantity, or a rate above <see cref="MaxRatio"/>.
    /// </summary>
    /// <param name="target">The target (目標).</param>
    /// <param name="actual">The actual (実績).</param>
    /// <param name="direction">Whether higher or lower is better.</param>
    /// <returns>The rate, or <see langword="null"/>.</returns>
    public static AchievementRate? Compute(IndicatorValue target, IndicatorValue actual, IndicatorDirection direction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actual);
        if (target is not IndicatorValue.Quantity t || actual is not IndicatorValue.Quantity a || t.Unit != a.Unit || t.Value < 0 || a.Value < 0)
        {
            return null;
        }

        var (numerator, denominator) = direction == IndicatorDirection.LowerIsBetter ? (t.Value, a.Value) : (a.Value, t.Value);
        if (denominator == 0 || (denominator < 1 && numerator > MaxRatio * denominator))
        {
            return null; // no target, or a rate beyond any meaning (10²⁷ % of a target of 0.01 %)
        }

        var ratio = numerator / denominator;
        return ratio > MaxRatio ? null : new AchievementRate(ratio);
    }

    /// <inheritdoc />
    public bool Equals(AchievementRate other) => Ratio == other.Ratio;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AchievementRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Ratio.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(AchievementRate other) => Ratio.CompareTo(other.Ratio);

    /// <summary>The rate in percent with one decimal: <c>108.2%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the rate: "P" or null (default) percent with one decimal (<c>108.2%</c>); "P0"…"P4" with that many decimals;
    /// "R" the ratio itself (<c>1.082</c>). Always invariant.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: rates are always formatted invariantly.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        format = string.IsNullOrEmpty(format) ? "P" : format;
        if (format == "R")
        {
            return Ratio.ToString(CultureInfo.InvariantCulture);
        }

        var decimals = format switch
        {
            "P" => 1,
            ['P', >= '0' and <= '4'] => format[1] - '0',
            _ => throw new FormatException($"Unknown format '{format}'; expected P, P0–P4 or R."),
        };
        return Math.Round(Percent, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }
}
