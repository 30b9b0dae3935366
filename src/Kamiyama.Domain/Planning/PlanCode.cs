using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Planning;

/// <summary>
/// 番号 — the code of a chapter (<c>5</c>), policy (<c>5-1</c>) or measure (<c>5-1-1</c>) of a 振興計画; also read
/// when written with full-width characters (<c>５－１－１</c>) or other dashes. Codes sort numerically (5-2 before 5-10).
/// </summary>
public readonly struct PlanCode : IEquatable<PlanCode>, IComparable<PlanCode>, IComparable, ISpanFormattable, ISpanParsable<PlanCode>
{
    private const int MaxPart = 999;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="chapter">The chapter, from 1.</param>
    /// <param name="policy">The policy within the chapter, from 1; 0 for a chapter code.</param>
    /// <param name="measure">The measure within the policy, from 1; 0 for a chapter or policy code.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a measure is given without a policy.</exception>
    public PlanCode(int chapter, int policy = 0, int measure = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chapter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chapter, MaxPart);
        ArgumentOutOfRangeException.ThrowIfNegative(policy);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(policy, MaxPart);
        ArgumentOutOfRangeException.ThrowIfNegative(measure);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(measure, MaxPart);
        if (measure > 0 && policy == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "A measure code needs a policy.");
        }

        Chapter = chapter;
        Policy = policy;
        Measure = measure;
    }

    /// <summary>章 — the chapter number.</summary>
    public int Chapter { get; }

    /// <summary>政策 — the policy number within the chapter; 0 for a chapter code.</summary>
    public int Policy { get; }

    /// <summary>施策 — the measure number within the policy; 0 for a chapter or policy code.</summary>
    public int Measure { get; }

    /// <summary>Which level of the plan the code names.</summary>
    public PlanLevel Level => Measure > 0 ? PlanLevel.Measure : Policy > 0 ? PlanLevel.Policy : PlanLevel.Chapter;

    /// <summary>The code one level up (5-1 for 5-1-1), or <see langword="null"/> for a chapter.</summary>
    public PlanCode? Parent => Level switch
    {
        PlanLevel.Measure => new PlanCode(Chapter, Policy),
        PlanLevel.Policy => new PlanCode(Chapter),
        _ => null,
    };

    /// <summary>Whether the default value (which names nothing) is this value.</summary>
    public bool IsDefault => Chapter == 0;

    /// <summary>Whether two codes are equal.</summary>
    public static bool operator ==(PlanCode left, PlanCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(PlanCode left, PlanCode right) => !left.Equals(right);

    /// <summary>Whether the first code sorts before the second.</summary>
    public static bool operator <(PlanCode left, PlanCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code sorts after the second.</summary>
    public static bool operator >(PlanCode left, PlanCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code sorts before or with the second.</summary>
    public static bool operator <=(PlanCode left, PlanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code sorts after or with the second.</summary>
    public static bool operator >=(PlanCode left, PlanCode right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a code (<c>5-1-1</c>, <c>５－１－１</c>, <c>5</c>); never throws for bad input.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code, or where and why the text is not one.</returns>
    public static ParseResult<PlanCode> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var error = TryRead(text, ref position, out var code, out var errorPosition);
        if (error is null)
        {
            var rest = JapaneseText.SkipWhiteSpace(text, position);
            if (rest == text.Length)
            {
                return ParseResult<PlanCode>.ForValue(code, text);
            }

            (error, errorPosition) = (string.Format(CultureInfo.InvariantCulture, Messages.TrailingText, text[rest..]), rest);
        }

        return ParseResult<PlanCode>.ForError(text, errorPosition, error);
    }

    /// <summary>Parses a code (<c>5-1-1</c>, <c>５－１－１</c>). Always invariant.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="UnparsableValueException">The text is not a plan code.</exception>
    public static PlanCode Parse(string s) => Read(s).Value;

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or the default.</param>
    /// <returns>Whether the text is a plan code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PlanCode result)
    {
        result = default;
        return s is not null && Read(s).TryGetValue(default, out result);
    }

    /// <inheritdoc />
    static PlanCode IParsable<PlanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static PlanCode ISpanParsable<PlanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc />
    static bool IParsable<PlanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PlanCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static bool ISpanParsable<PlanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PlanCode result) => TryParse(s.ToString(), out result);

    /// <summary>Whether this code is an ancestor of another (5 and 5-1 are ancestors of 5-1-1; a code is not its own).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Whether this code contains the other.</returns>
    public bool IsAncestorOf(PlanCode other) => Level < other.Level
        && Chapter == other.Chapter
        && (Level == PlanLevel.Chapter || Policy == other.Policy);

    /// <inheritdoc />
    public bool Equals(PlanCode other) => Chapter == other.Chapter && Policy == other.Policy && Measure == other.Measure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlanCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Chapter, Policy, Measure);

    /// <inheritdoc />
    public int CompareTo(PlanCode other)
    {
        var c = Chapter.CompareTo(other.Chapter);
        c = c != 0 ? c : Policy.CompareTo(other.Policy);
        return c != 0 ? c : Measure.CompareTo(other.Measure);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PlanCode other => CompareTo(other),
        _ => throw new ArgumentException("Expected a PlanCode.", nameof(obj)),
    };

    /// <summary>The code with ASCII hyphens: <c>5-1-1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Level switch
    {
        PlanLevel.Measure => string.Create(CultureInfo.InvariantCulture, $"{Chapter}-{Policy}-{Measure}"),
        PlanLevel.Policy => string.Create(CultureInfo.InvariantCulture, $"{Chapter}-{Policy}"),
        _ => Chapter.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The code with ASCII hyphens; the only format is "G" (or null).</summary>
    /// <param name="format">"G" or null.</param>
    /// <param name="formatProvider">Ignored: always invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? ToString()
        : throw new FormatException(string.Format(CultureInfo.InvariantCulture, Messages.UnknownFormat, format, "G"));

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        charsWritten = text.Length <= destination.Length ? text.Length : 0;
        return text.AsSpan().TryCopyTo(destination);
    }

    /// <summary>Reads a code at a position of a longer text (the reader uses this for <c>5-1-1 多様な担い手…</c>).</summary>
    internal static string? TryRead(string text, ref int position, out PlanCode code, out int errorPosition)
    {
        code = default;
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var i = JapaneseText.SkipWhiteSpace(text, position);
        while (true)
        {
            var start = i;
            var value = 0;
            while (i < text.Length && JapaneseText.IsAsciiOrWideDigit(text[i]) && value <= MaxPart)
            {
                value = (value * 10) + (JapaneseText.Fold(text[i]) - '0');
                i++;
            }

            if (i == start)
            {
                errorPosition = start;
                return Messages.ExpectedPlanCodeNumber;
            }

            if (value == 0 || value > MaxPart)
            {
                errorPosition = start;
                return value == 0 ? Messages.PlanCodeZero : Messages.NumberTooLarge;
            }

            if (count == 3)
            {
                errorPosition = start;
                return Messages.PlanCodeTooDeep;
            }

            parts[count++] = value;
            if (i + 1 < text.Length && JapaneseText.IsDash(text[i]) && JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        code = new PlanCode(parts[0], count > 1 ? parts[1] : 0, count > 2 ? parts[2] : 0);
        position = i;
        errorPosition = 0;
        return null;
    }
}
