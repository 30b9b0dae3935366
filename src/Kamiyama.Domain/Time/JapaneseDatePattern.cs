using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>
/// 和暦の日付の書式 — parses and formats dates written in the Japanese era (令和4年5月1日, R4.5.1) as
/// <see cref="LocalDate"/> values in the ISO calendar. Parsing never throws for bad input. Immutable.
/// </summary>
/// <remarks>
/// Accepts 令和4年5月1日, 令和元年5月1日, R4.5.1, R04.05.01, R4/5/1, ㋿4年5月1日, full-width and kanji numerals, and
/// Gregorian 2022年5月1日 or 2022/5/1, with optional white space between the parts. A date must fall within the era it
/// is written in: 令和元年4月30日 is always rejected (令和 began on 2019-05-01); 平成31年5月1日, past the end of 平成, is
/// rejected by <see cref="Strict"/> and accepted with a warning by <see cref="Lenient"/>. Dates before 1873-01-01,
/// when Japan used its lunisolar calendar, are rejected.
/// </remarks>
public sealed class JapaneseDatePattern
{
    private JapaneseDatePattern(JapaneseEraRegistry eras, bool isLenient)
    {
        Eras = eras;
        IsLenient = isLenient;
    }

    /// <summary>Rejects dates past the end of the era they are written in, with the built-in eras.</summary>
    public static JapaneseDatePattern Strict { get; } = new(JapaneseEraRegistry.Default, isLenient: false);

    /// <summary>Accepts dates past the end of their era (平成31年5月1日 as 2019-05-01) with a warning, with the built-in eras.</summary>
    public static JapaneseDatePattern Lenient { get; } = new(JapaneseEraRegistry.Default, isLenient: true);

    /// <summary>The eras used to read and write dates.</summary>
    public JapaneseEraRegistry Eras { get; }

    /// <summary>Whether dates past the end of their era are accepted with a warning instead of rejected.</summary>
    public bool IsLenient { get; }

    /// <summary>This pattern with other eras.</summary>
    /// <param name="eras">The eras to use.</param>
    /// <returns>A pattern with the same strictness and the given eras.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eras"/> is null.</exception>
    public JapaneseDatePattern WithEras(JapaneseEraRegistry eras)
    {
        ArgumentNullException.ThrowIfNull(eras);
        return ReferenceEquals(eras, Eras) ? this : new JapaneseDatePattern(eras, IsLenient);
    }

    /// <summary>Parses a date; never throws for bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date in the ISO calendar, perhaps with warnings, or where and why parsing failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<LocalDate> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JapaneseDateParser.Parse(text, Eras, IsLenient).ToResult(text);
    }

    /// <summary>
    /// Formats a date: "G" (or null or "") 令和4年5月1日 (令和元年5月1日 in the first year), "A" R4.5.1, "N" 令和1年5月1日,
    /// "S" ㋿4年5月1日, "Y" 2022年5月1日.
    /// </summary>
    /// <param name="value">A date on or after 1873-01-01, in any calendar.</param>
    /// <param name="format">The format letter.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is before 1873-01-01.</exception>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string Format(LocalDate value, string? format = null)
    {
        var style = EraFormatter.ParseStyle(format);
        return EraFormatter.Format(GregorianRange.Check(value, nameof(value)), style, Eras);
    }
}
