using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Budget;

/// <summary>
/// 金額 — an amount of money in whole yen. Sheets write it in thousands of yen (千円) with △ for negative amounts
/// (<c>6,317</c> is ¥6,317,000; <c>△1,200</c> is −¥1,200,000).
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable, IParsable<Money>
{
    /// <summary>Creates an amount in yen.</summary>
    /// <param name="yen">The amount in yen.</param>
    public Money(long yen) => Yen = yen;

    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>The amount in yen.</summary>
    public long Yen { get; }

    /// <summary>The amount in thousands of yen (千円), as sheets write it.</summary>
    public decimal ThousandYen => Yen / 1000m;

    /// <summary>Adds two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(checked(left.Yen + right.Yen));

    /// <summary>Subtracts two amounts.</summary>
    public static Money operator -(Money left, Money right) => new(checked(left.Yen - right.Yen));

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(checked(-value.Yen));

    /// <summary>Whether two amounts are equal.</summary>
    public static bool operator ==(Money left, Money right) => left.Yen == right.Yen;

    /// <summary>Whether two amounts differ.</summary>
    public static bool operator !=(Money left, Money right) => left.Yen != right.Yen;

    /// <summary>Whether the first amount is smaller.</summary>
    public static bool operator <(Money left, Money right) => left.Yen < right.Yen;

    /// <summary>Whether the first amount is larger.</summary>
    public static bool operator >(Money left, Money right) => left.Yen > right.Yen;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    public static bool operator <=(Money left, Money right) => left.Yen <= right.Yen;

    /// <summary>Whether the first amount is larger or equal.</summary>
    public static bool operator >=(Money left, Money right) => left.Yen >= right.Yen;

    /// <summary>An amount written in thousands of yen.</summary>
    /// <param name="thousandYen">The amount in 千円; must be a whole number of yen.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The amount is not a whole number of yen.</exception>
    public static Money FromThousandYen(decimal thousandYen)
    {
        var yen = thousandYen * 1000;
        if (yen != decimal.Truncate(yen))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, Messages.FractionalYen, thousandYen), nameof(thousandYen));
        }

        return new Money(decimal.ToInt64(yen));
    }

    /// <summary>
    /// Reads a cell in thousands of yen as sheets write it: <c>6,317</c>, <c>６，３１７</c>, <c>△1,200</c>. Never throws.
    /// Digits are grouped in threes (<c>12,34</c> is refused) and the amount must be a whole number of yen within a
    /// <see cref="long"/>; nothing is rounded.
    /// </summary>
    /// <param name="text">The cell's text, without a unit.</param>
    /// <returns>The amount, or where and why the text is not one.</returns>
    public static ParseResult<Money> ReadThousandYen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, requireUnit: false);
    }

    /// <summary>Parses an amount with its unit: <c>6,317千円</c>, <c>6,317,000円</c>, <c>△1,200千円</c>. Always invariant.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="UnparsableValueException">The text is not an amount with a unit.</exception>
    public static Money Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Read(s, requireUnit: true).Value;
    }

    /// <summary>Parses an amount with its unit (<c>6,317千円</c>) without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or zero.</param>
    /// <returns>Whether the text is an amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result)
    {
        result = Zero;
        return s is not null && Read(s, requireUnit: true).TryGetValue(Zero, out result);
    }

    /// <inheritdoc />
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <summary>The ratio of this amount to another (actual ÷ budget), or <see langword="null"/> when the other is zero.</summary>
    /// <param name="other">The denominator.</param>
    /// <returns>The ratio.</returns>
    public decimal? RatioTo(Money other) => other.Yen == 0 ? null : (decimal)Yen / other.Yen;

    /// <inheritdoc />
    public bool Equals(Money other) => Yen == other.Yen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Yen.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Yen.CompareTo(other.Yen);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Expected a Money.", nameof(obj)),
    };

    /// <summary>The amount in 千円 with its unit: <c>6,317千円</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the amount: "G" or null <c>6,317千円</c>; "K" the bare 千円 figure as sheets write it (<c>6,317</c>,
    /// <c>△1,200</c>); "Y" in yen (<c>6,317,000円</c>). Always invariant.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: amounts are always formatted invariantly.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => NumberText.Format(ThousandYen, triangleForNegative: true) + "千円",
        "K" => NumberText.Format(ThousandYen, triangleForNegative: true),
        "Y" => NumberText.Format(Yen, triangleForNegative: true) + "円",
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, Messages.UnknownFormat, format, "G, K, Y")),
    };

    private static ParseResult<Money> Read(string text, bool requireUnit)
    {
        var span = text.AsSpan();
        var position = JapaneseText.SkipWhiteSpace(span, 0);
        var start = position;
        var error = NumberText.TryRead(span, ref position, out var number);
        if (error is not null)
        {
            return ParseResult<Money>.ForError(text, position, error);
        }

        var unitStart = JapaneseText.SkipWhiteSpace(span, position);
        var unit = span[unitStart..].TrimEnd();
        var multiplier = unit switch
        {
            "千円" when requireUnit => 1000m,
            "円" when requireUnit => 1m,
            "" when !requireUnit => 1000m,
            _ => 0m,
        };
        if (multiplier == 0)
        {
            return ParseResult<Money>.ForError(text, unitStart, requireUnit ? Messages.ExpectedMoneyUnit : string.Format(CultureInfo.InvariantCulture, Messages.TrailingText, unit.ToString()));
        }

        if (Math.Abs(number) > decimal.MaxValue / multiplier)
        {
            return ParseResult<Money>.ForError(text, start, Messages.NumberTooLarge);
        }

        var yen = number * multiplier;
        if (yen != decimal.Truncate(yen))
        {
            return ParseResult<Money>.ForError(text, start, string.Format(CultureInfo.InvariantCulture, Messages.FractionalYen, number));
        }

        return yen is > long.MaxValue or < long.MinValue
            ? ParseResult<Money>.ForError(text, start, Messages.NumberTooLarge)
            : ParseResult<Money>.ForValue(new Money(decimal.ToInt64(yen)), text);
    }
}
