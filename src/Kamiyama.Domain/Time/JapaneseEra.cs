using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>
/// 元号 — a Japanese era (令和, 平成 …), in which years are counted from 元年 (year 1), the calendar year the era began.
/// Immutable; two eras are equal when they have the same name and start.
/// </summary>
public sealed class JapaneseEra : IEquatable<JapaneseEra>
{
    /// <summary>Creates an era that is still current (no end), for example one proclaimed after this library was released.</summary>
    /// <param name="name">The era name in kanji (令和).</param>
    /// <param name="romanizedName">The name in Latin letters (Reiwa).</param>
    /// <param name="abbreviation">The upper-case letter that abbreviates the era (R, as in R4年度).</param>
    /// <param name="symbol">The single-character symbol (㋿), or <see langword="null"/> when Unicode has none.</param>
    /// <param name="start">The first day of the era; converted to the ISO calendar.</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name, the abbreviation or the symbol is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is before 1873-01-01, when Japan adopted the Gregorian calendar.</exception>
    public JapaneseEra(string name, string romanizedName, char abbreviation, string? symbol, LocalDate start)
        : this(ValidateName(name), ValidateRomanizedName(romanizedName), ValidateAbbreviation(abbreviation), ValidateSymbol(symbol), GregorianRange.Check(start, nameof(start)), end: null)
    {
    }

    private JapaneseEra(string name, string romanizedName, char abbreviation, string? symbol, LocalDate start, LocalDate? end)
    {
        Name = name;
        RomanizedName = romanizedName;
        Abbreviation = abbreviation;
        Symbol = symbol;
        Start = start;
        End = end;
    }

    /// <summary>明治 — Meiji, from 1868-10-23 to 1912-07-29.</summary>
    public static JapaneseEra Meiji => BuiltInEras.All[0];

    /// <summary>大正 — Taishō, from 1912-07-30 to 1926-12-24.</summary>
    public static JapaneseEra Taisho => BuiltInEras.All[1];

    /// <summary>昭和 — Shōwa, from 1926-12-25 to 1989-01-07.</summary>
    public static JapaneseEra Showa => BuiltInEras.All[2];

    /// <summary>平成 — Heisei, from 1989-01-08 to 2019-04-30.</summary>
    public static JapaneseEra Heisei => BuiltInEras.All[3];

    /// <summary>令和 — Reiwa, from 2019-05-01; current as this library was released.</summary>
    public static JapaneseEra Reiwa => BuiltInEras.All[4];

    /// <summary>元号 — the era name in kanji (令和).</summary>
    public string Name { get; }

    /// <summary>ローマ字表記 — the era name in Latin letters (Reiwa).</summary>
    public string RomanizedName { get; }

    /// <summary>略号 — the upper-case letter that abbreviates the era (R).</summary>
    public char Abbreviation { get; }

    /// <summary>合字 — the era's single-character symbol (㋿), or <see langword="null"/> when it has none.</summary>
    public string? Symbol { get; }

    /// <summary>The first day of the era (改元日), in the ISO calendar.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the era, or <see langword="null"/> while it is current.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether two eras have the same name and start.</summary>
    /// <param name="left">The first era.</param>
    /// <param name="right">The second era.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JapaneseEra? left, JapaneseEra? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether two eras differ in name or start.</summary>
    /// <param name="left">The first era.</param>
    /// <param name="right">The second era.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JapaneseEra? left, JapaneseEra? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(JapaneseEra? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JapaneseEra);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Start);

    /// <summary>The era name in kanji (令和).</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    // Built-in eras begin before 1873 (明治), so they bypass the public constructor's range check.
    internal static JapaneseEra BuiltIn(string name, string romanizedName, char abbreviation, string symbol, LocalDate start) =>
        new(name, romanizedName, abbreviation, symbol, start, end: null);

    internal JapaneseEra WithEnd(LocalDate? end) => new(Name, RomanizedName, Abbreviation, Symbol, Start, end);

    private static string ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsWellFormedLabel(name) ? name : throw new ArgumentException(Messages.Format(Messages.EraNameInvalid, name), nameof(name));
    }

    private static string ValidateRomanizedName(string romanizedName)
    {
        ArgumentNullException.ThrowIfNull(romanizedName);
        return string.IsNullOrWhiteSpace(romanizedName)
            ? throw new ArgumentException(Messages.EraRomanizedNameInvalid, nameof(romanizedName))
            : romanizedName;
    }

    private static char ValidateAbbreviation(char abbreviation) => char.IsAsciiLetterUpper(abbreviation)
        ? abbreviation
        : throw new ArgumentException(Messages.Format(Messages.EraAbbreviationInvalid, abbreviation), nameof(abbreviation));

    private static string? ValidateSymbol(string? symbol) => symbol is null || IsWellFormedLabel(symbol)
        ? symbol
        : throw new ArgumentException(Messages.Format(Messages.EraSymbolInvalid, symbol), nameof(symbol));

    // A label is read as era, then year: a letter would be taken for an abbreviation, a digit for the year.
    private static bool IsWellFormedLabel(string label)
    {
        foreach (var c in label)
        {
            var folded = JapaneseText.Fold(c);
            if (char.IsWhiteSpace(folded) || char.IsAsciiLetterOrDigit(folded))
            {
                return false;
            }
        }

        return label.Length > 0;
    }
}
