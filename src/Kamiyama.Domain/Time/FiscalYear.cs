using System.Diagnostics.CodeAnalysis;
using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>
/// 年度 — a Japanese fiscal year, April 1 to March 31, identified by the Gregorian year it starts in (FY2022 runs from
/// 2022-04-01 to 2023-03-31) and written in the Japanese era: 令和4年度. Supported from FY1886, the first April–March
/// fiscal year, to FY9998. <c>default(FiscalYear)</c> is <see cref="MinValue"/>.
/// </summary>
/// <remarks>
/// A fiscal year is named in the newest era that began in or before its start year, so FY2019 is 令和元年度 and FY1988
/// is 昭和63年度. Parsing also accepts the other valid label of a fiscal year that spans a change of era (平成31年度).
/// Formats: "G" 令和4年度 (令和元年度 for the first year), "A" R4年度, "N" 令和1年度, "S" ㋿4年度, "Y" 2022年度. Pass a
/// <see cref="JapaneseEraRegistry"/> as the format provider to use eras beyond the built-in ones.
/// </remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>, IComparable, ISpanFormattable, ISpanParsable<FiscalYear>
{
    internal const int MinStartYear = 1886;

    // FY9998 ends on 9999-03-31; FY9999 would end after the last date NodaTime represents.
    internal const int MaxStartYear = 9998;

    // An offset from MinStartYear, so that default(FiscalYear) is a real fiscal year rather than year 0.
    private readonly int _offset;

    /// <summary>Creates the fiscal year that starts on April 1 of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The Gregorian year the fiscal year starts in, 1886 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1886–9998.</exception>
    public FiscalYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, FiscalYearParser.OutOfRangeMessage(startYear));
        }

        _offset = startYear - MinStartYear;
    }

    /// <summary>The earliest supported fiscal year, FY1886 (明治19年度), the first to run from April to March.</summary>
    public static FiscalYear MinValue => new(MinStartYear);

    /// <summary>The latest supported fiscal year, FY9998.</summary>
    public static FiscalYear MaxValue => new(MaxStartYear);

    /// <summary>The Gregorian year in which the fiscal year starts (2022 for 令和4年度).</summary>
    public int StartYear => _offset + MinStartYear;

    /// <summary>The first day, April 1 of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>The last day, March 31 of the year after <see cref="StartYear"/>.</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>The following fiscal year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is <see cref="MaxValue"/>.</exception>
    public FiscalYear Next => PlusYears(1);

    /// <summary>The preceding fiscal year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is <see cref="MinValue"/>.</exception>
    public FiscalYear Previous => PlusYears(-1);

    /// <summary>元号 — the built-in era the fiscal year is named in (令和 for FY2022); see <see cref="JapaneseEraRegistry.EraOf"/>.</summary>
    public JapaneseEra Era => JapaneseEraRegistry.Default.EraOf(this);

    /// <summary>The year of <see cref="Era"/> (4 for 令和4年度, 1 for 令和元年度).</summary>
    public int YearOfEra => StartYear - Era.Start.Year + 1;

    /// <summary>Adds a number of years.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="years">The number of years, possibly negative.</param>
    /// <returns>The fiscal year <paramref name="years"/> later.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static FiscalYear operator +(FiscalYear fiscalYear, int years) => fiscalYear.PlusYears(years);

    /// <summary>Subtracts a number of years.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="years">The number of years, possibly negative.</param>
    /// <returns>The fiscal year <paramref name="years"/> earlier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static FiscalYear operator -(FiscalYear fiscalYear, int years) => fiscalYear.PlusYears(-(long)years);

    /// <summary>The number of years from <paramref name="right"/> to <paramref name="left"/>.</summary>
    /// <param name="left">The later fiscal year.</param>
    /// <param name="right">The earlier fiscal year.</param>
    /// <returns>The difference in years; negative when <paramref name="left"/> is earlier.</returns>
    public static int operator -(FiscalYear left, FiscalYear right) => left._offset - right._offset;

    /// <summary>Whether two fiscal years are the same.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left._offset == right._offset;

    /// <summary>Whether two fiscal years differ.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => left._offset != right._offset;

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether <paramref name="left"/> starts before <paramref name="right"/>.</returns>
    public static bool operator <(FiscalYear left, FiscalYear right) => left._offset < right._offset;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether <paramref name="left"/> starts after <paramref name="right"/>.</returns>
    public static bool operator >(FiscalYear left, FiscalYear right) => left._offset > right._offset;

    /// <summary>Whether <paramref name="left"/> is earlier or the same.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether <paramref name="left"/> does not start after <paramref name="right"/>.</returns>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left._offset <= right._offset;

    /// <summary>Whether <paramref name="left"/> is later or the same.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>Whether <paramref name="left"/> does not start before <paramref name="right"/>.</returns>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left._offset >= right._offset;

    /// <summary>The fiscal year that contains <paramref name="date"/>: April to December belong to that year's fiscal year, January to March to the previous one.</summary>
    /// <param name="date">A date, in any calendar.</param>
    /// <returns>The fiscal year containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside FY1886–FY9998.</exception>
    public static FiscalYear FromDate(LocalDate date)
    {
        var iso = GregorianRange.ToIso(date);
        var startYear = iso.Month >= 4 ? iso.Year : iso.Year - 1;
        return startYear is < MinStartYear or > MaxStartYear
            ? throw new ArgumentOutOfRangeException(nameof(date), date, FiscalYearParser.OutOfRangeMessage(startYear))
            : new FiscalYear(startYear);
    }

    /// <summary>Parses a fiscal year as documents write it (令和4年度, R4年度, Ｒ４年度, ㋿4年度, 令和十二年度, 2022年度), strictly.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a valid fiscal year; see <see cref="FiscalYearPattern.Strict"/>.</exception>
    public static FiscalYear Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s, s, JapaneseEraRegistry.Default);
    }

    /// <summary>Parses a fiscal year as documents write it, strictly.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="UnparsableValueException">The text is not a valid fiscal year; see <see cref="FiscalYearPattern.Strict"/>.</exception>
    public static FiscalYear Parse(ReadOnlySpan<char> s) => Parse(s, null, JapaneseEraRegistry.Default);

    /// <summary>Tries to parse a fiscal year strictly; never throws.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The fiscal year, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid fiscal year.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out FiscalYear result) =>
        TryParse(s.AsSpan(), JapaneseEraRegistry.Default, out result) && s is not null;

    /// <summary>Tries to parse a fiscal year strictly; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The fiscal year, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid fiscal year.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out FiscalYear result) => TryParse(s, JapaneseEraRegistry.Default, out result);

    // The overloads with a provider are explicit so that a call to Parse(string) is not flagged by CA1305: the culture
    // never matters, only a JapaneseEraRegistry does, and FiscalYearPattern.WithEras is the typed way to pass one.

    /// <inheritdoc cref="Parse(string)" />
    /// <param name="s">The text.</param>
    /// <param name="provider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    static FiscalYear IParsable<FiscalYear>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s, s, JapaneseEraRegistry.From(provider));
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})" />
    /// <param name="s">The text.</param>
    /// <param name="provider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    static FiscalYear ISpanParsable<FiscalYear>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parse(s, null, JapaneseEraRegistry.From(provider));

    /// <inheritdoc cref="TryParse(string?, out FiscalYear)" />
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    /// <param name="result">The fiscal year, or <c>default</c> on failure.</param>
    static bool IParsable<FiscalYear>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FiscalYear result) =>
        TryParse(s.AsSpan(), JapaneseEraRegistry.From(provider), out result) && s is not null;

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out FiscalYear)" />
    /// <param name="s">The text.</param>
    /// <param name="provider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    /// <param name="result">The fiscal year, or <c>default</c> on failure.</param>
    static bool ISpanParsable<FiscalYear>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FiscalYear result) =>
        TryParse(s, JapaneseEraRegistry.From(provider), out result);

    /// <summary>The fiscal year <paramref name="years"/> later (or earlier, when negative).</summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public FiscalYear PlusYears(int years) => PlusYears((long)years);

    /// <summary>The days of the fiscal year, from <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    /// <returns>The date interval.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> falls within the fiscal year.</summary>
    /// <param name="date">A date, in any calendar.</param>
    /// <returns>Whether the date is between <see cref="Start"/> and <see cref="End"/> inclusive.</returns>
    public bool Contains(LocalDate date)
    {
        var iso = GregorianRange.ToIso(date);
        return Start <= iso && iso <= End;
    }

    /// <inheritdoc />
    public bool Equals(FiscalYear other) => _offset == other._offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StartYear;

    /// <inheritdoc />
    public int CompareTo(FiscalYear other) => _offset.CompareTo(other._offset);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiscalYear"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalYear other => CompareTo(other),
        _ => throw new ArgumentException(Messages.NotAFiscalYear, nameof(obj)),
    };

    /// <summary>The era form with the built-in eras: 令和4年度, or 令和元年度 for the first year of an era.</summary>
    /// <returns>The fiscal year in the "G" format.</returns>
    public override string ToString() => EraFormatter.Format(this, EraStyle.Name, JapaneseEraRegistry.Default);

    /// <summary>Formats the fiscal year: "G" (or null or "") 令和4年度, "A" R4年度, "N" 令和1年度, "S" ㋿4年度, "Y" 2022年度.</summary>
    /// <param name="format">The format letter.</param>
    /// <param name="formatProvider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    /// <returns>The formatted fiscal year.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        EraFormatter.Format(this, EraFormatter.ParseStyle(format), JapaneseEraRegistry.From(formatProvider));

    /// <summary>Formats the fiscal year into <paramref name="destination"/>, in the formats of <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when they did not fit.</param>
    /// <param name="format">The format letter.</param>
    /// <param name="provider">A <see cref="JapaneseEraRegistry"/>, or anything else for the built-in eras.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        EraFormatter.TryFormat(this, destination, out charsWritten, EraFormatter.ParseStyle(format), JapaneseEraRegistry.From(provider));

    private static FiscalYear Parse(ReadOnlySpan<char> s, string? input, JapaneseEraRegistry eras)
    {
        var outcome = FiscalYearParser.Parse(s, eras, lenient: false);
        return outcome.Succeeded ? outcome.Value : throw outcome.ToResult(input ?? s.ToString()).Exception;
    }

    private static bool TryParse(ReadOnlySpan<char> s, JapaneseEraRegistry eras, out FiscalYear result)
    {
        var outcome = FiscalYearParser.Parse(s, eras, lenient: false);
        result = outcome.Value;
        return outcome.Succeeded;
    }

    private FiscalYear PlusYears(long years)
    {
        var startYear = StartYear + years;
        return startYear is < MinStartYear or > MaxStartYear
            ? throw new ArgumentOutOfRangeException(nameof(years), years, FiscalYearParser.OutOfRangeMessage(startYear))
            : new FiscalYear((int)startYear);
    }
}
