using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Budget;

/// <summary>
/// 従事人工 — staff effort in person-years: 1 is one full-time employee for the year, 0.8 is four fifths of one.
/// </summary>
public readonly struct PersonYears : IEquatable<PersonYears>, IComparable<PersonYears>, IComparable, IFormattable, IParsable<PersonYears>
{
    /// <summary>Creates an effort.</summary>
    /// <param name="value">The person-years; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public PersonYears(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, Messages.NegativePersonYears);
        }

        Value = value;
    }

    /// <summary>No effort.</summary>
    public static PersonYears Zero => default;

    /// <summary>The person-years, with the scale they were written with (0.8, 1, 2.50).</summary>
    public decimal Value { get; }

    /// <summary>Adds two efforts.</summary>
    public static PersonYears operator +(PersonYears left, PersonYears right) => new(left.Value + right.Value);

    /// <summary>Whether two efforts are equal.</summary>
    public static bool operator ==(PersonYears left, PersonYears right) => left.Equals(right);

    /// <summary>Whether two efforts differ.</summary>
    public static bool operator !=(PersonYears left, PersonYears right) => !left.Equals(right);

    /// <summary>Whether the first effort is smaller.</summary>
    public static bool operator <(PersonYears left, PersonYears right) => left.Value < right.Value;

    /// <summary>Whether the first effort is larger.</summary>
    public static bool operator >(PersonYears left, PersonYears right) => left.Value > right.Value;

    /// <summary>Whether the first effort is smaller or equal.</summary>
    public static bool operator <=(PersonYears left, PersonYears right) => left.Value <= right.Value;

    /// <summary>Whether the first effort is larger or equal.</summary>
    public static bool operator >=(PersonYears left, PersonYears right) => left.Value >= right.Value;

    /// <summary>
    /// Reads person-years as sheets write them: <c>0.8</c>, <c>1</c>, <c>０．８</c>, <c>2.5人工</c>. Never throws. The
    /// number keeps its scale and is never rounded: one with more digits than a decimal holds exactly is refused.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The effort, or where and why the text is not one.</returns>
    public static ParseResult<PersonYears> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var position = JapaneseText.SkipWhiteSpace(span, 0);
        var start = position;
        var error = NumberText.TryRead(span, ref position, out var number);
        if (error is not null)
        {
            return ParseResult<PersonYears>.ForError(text, position, error);
        }

        if (number < 0)
        {
            return ParseResult<PersonYears>.ForError(text, start, Messages.NegativePersonYears);
        }

        var rest = JapaneseText.SkipWhiteSpace(span, position);
        var unit = span[rest..].TrimEnd();
        return unit is "" or "人工" or "人"
            ? ParseResult<PersonYears>.ForValue(new PersonYears(number), text)
            : ParseResult<PersonYears>.ForError(text, rest, string.Format(CultureInfo.InvariantCulture, Messages.TrailingText, unit.ToString()));
    }

    /// <summary>Parses person-years (<c>0.8</c>, <c>0.8人工</c>). Always invariant.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The effort.</returns>
    /// <exception cref="UnparsableValueException">The text is not person-years.</exception>
    public static PersonYears Parse(string s) => Read(s).Value;

    /// <summary>Parses person-years without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The effort, or zero.</param>
    /// <returns>Whether the text is person-years.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PersonYears result)
    {
        result = Zero;
        return s is not null && Read(s).TryGetValue(Zero, out result);
    }

    /// <inheritdoc />
    static PersonYears IParsable<PersonYears>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PersonYears>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PersonYears result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(PersonYears other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonYears other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PersonYears other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PersonYears other => CompareTo(other),
        _ => throw new ArgumentException("Expected PersonYears.", nameof(obj)),
    };

    /// <summary>The bare figure as sheets write it: <c>0.8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the effort: "G" or null the bare figure (<c>0.8</c>); "U" with its unit (<c>0.8人工</c>).</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: always invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => Value.ToString(CultureInfo.InvariantCulture),
        "U" => Value.ToString(CultureInfo.InvariantCulture) + "人工",
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, Messages.UnknownFormat, format, "G, U")),
    };
}
