using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Time;

/// <summary>
/// 年度の書式 — parses and formats <see cref="FiscalYear"/> values as Japanese documents write them, in the manner of
/// NodaTime's patterns: parsing returns a <see cref="ParseResult{T}"/> and never throws for bad input. Immutable.
/// </summary>
/// <remarks>
/// Accepts an era name, letter or symbol followed by the year of the era (元 for the first) or a Gregorian year, then
/// 年度: 令和4年度, 令和元年度, R4年度, r4年度, Ｒ４年度, ㋿4年度, 令和十二年度, 2022年度, with optional white space (including
/// U+3000) between and around the parts. An era label is valid while the fiscal year it names overlaps the era, so
/// 平成31年度 and 令和元年度 both name FY2019. <see cref="Strict"/> rejects labels past the era's end (平成32年度);
/// <see cref="Lenient"/> accepts them as the fiscal year they count to, with a warning.
/// </remarks>
public sealed class FiscalYearPattern
{
    private FiscalYearPattern(JapaneseEraRegistry eras, bool isLenient)
    {
        Eras = eras;
        IsLenient = isLenient;
    }

    /// <summary>Rejects era labels past the era's end, with the built-in eras.</summary>
    public static FiscalYearPattern Strict { get; } = new(JapaneseEraRegistry.Default, isLenient: false);

    /// <summary>Accepts era labels past the era's end (平成32年度 as FY2020) with a warning, with the built-in eras.</summary>
    public static FiscalYearPattern Lenient { get; } = new(JapaneseEraRegistry.Default, isLenient: true);

    /// <summary>The eras used to read and write labels.</summary>
    public JapaneseEraRegistry Eras { get; }

    /// <summary>Whether labels past the era's end are accepted with a warning instead of rejected.</summary>
    public bool IsLenient { get; }

    /// <summary>This pattern with other eras, for example <see cref="JapaneseEraRegistry.Default"/> plus a new era.</summary>
    /// <param name="eras">The eras to use.</param>
    /// <returns>A pattern with the same strictness and the given eras.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eras"/> is null.</exception>
    public FiscalYearPattern WithEras(JapaneseEraRegistry eras)
    {
        ArgumentNullException.ThrowIfNull(eras);
        return ReferenceEquals(eras, Eras) ? this : new FiscalYearPattern(eras, IsLenient);
    }

    /// <summary>Parses a fiscal year; never throws for bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fiscal year, perhaps with warnings, or where and why parsing failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<FiscalYear> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FiscalYearParser.Parse(text, Eras, IsLenient).ToResult(text);
    }

    /// <summary>Formats a fiscal year: "G" (or null or "") 令和4年度, "A" R4年度, "N" 令和1年度, "S" ㋿4年度, "Y" 2022年度.</summary>
    /// <param name="value">The fiscal year.</param>
    /// <param name="format">The format letter.</param>
    /// <returns>The formatted fiscal year.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string Format(FiscalYear value, string? format = null) =>
        EraFormatter.Format(value, EraFormatter.ParseStyle(format), Eras);
}
