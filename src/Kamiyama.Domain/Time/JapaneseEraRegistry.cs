using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>
/// 元号一覧 — the eras a program knows, oldest first. Immutable: <see cref="Add"/> returns a new registry, so an era
/// proclaimed after this library was released can be registered without a new release. Pass a registry as the
/// <see cref="IFormatProvider"/> of <see cref="FiscalYear"/> formatting and parsing to use its eras.
/// </summary>
public sealed class JapaneseEraRegistry : IFormatProvider
{
    private readonly JapaneseEra[] _eras;

    private JapaneseEraRegistry(JapaneseEra[] eras)
    {
        _eras = eras;
        Eras = [.. eras];
        foreach (var era in eras)
        {
            LongestLabel = Math.Max(LongestLabel, Math.Max(era.Name.Length, era.Symbol?.Length ?? 0));
        }
    }

    /// <summary>The built-in eras: 明治, 大正, 昭和, 平成 and 令和.</summary>
    public static JapaneseEraRegistry Default { get; } = new(BuiltInEras.All);

    /// <summary>The eras, oldest first; every era but the last has an <see cref="JapaneseEra.End"/>.</summary>
    public ValueArray<JapaneseEra> Eras { get; }

    /// <summary>The length of the longest era name or symbol, which bounds the length of a formatted label.</summary>
    internal int LongestLabel { get; }

    /// <summary>A registry with <paramref name="era"/> as its newest era; the current last era ends the day before it starts.</summary>
    /// <param name="era">The new era (改元).</param>
    /// <returns>A new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="era"/> is null.</exception>
    /// <exception cref="ArgumentException">The era does not start after the last era, or its name, letter or symbol is taken.</exception>
    public JapaneseEraRegistry Add(JapaneseEra era)
    {
        ArgumentNullException.ThrowIfNull(era);
        var last = _eras[^1];
        if (era.Start <= last.Start)
        {
            throw new ArgumentException(
                Messages.Format(Messages.EraNotAfterLast, era.Name, GregorianRange.ToIsoString(era.Start), last.Name, GregorianRange.ToIsoString(last.Start)),
                nameof(era));
        }

        foreach (var known in _eras)
        {
            if (string.Equals(known.Name, era.Name, StringComparison.Ordinal))
            {
                throw new ArgumentException(Messages.Format(Messages.EraDuplicateName, era.Name), nameof(era));
            }

            if (known.Abbreviation == era.Abbreviation)
            {
                throw new ArgumentException(Messages.Format(Messages.EraDuplicateAbbreviation, era.Abbreviation, known.Name), nameof(era));
            }

            if (era.Symbol is not null && string.Equals(known.Symbol, era.Symbol, StringComparison.Ordinal))
            {
                throw new ArgumentException(Messages.Format(Messages.EraDuplicateSymbol, era.Symbol, known.Name), nameof(era));
            }
        }

        var eras = new JapaneseEra[_eras.Length + 1];
        _eras.CopyTo(eras, 0);
        eras[^2] = last.WithEnd(era.Start.PlusDays(-1));
        eras[^1] = era.End is null ? era : era.WithEnd(null);
        return new JapaneseEraRegistry(eras);
    }

    /// <summary>The era with this name in kanji (令和), or <see langword="null"/>.</summary>
    /// <param name="name">The era name.</param>
    /// <returns>The era, or <see langword="null"/> when none has that name.</returns>
    public JapaneseEra? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Array.Find(_eras, era => string.Equals(era.Name, name, StringComparison.Ordinal));
    }

    /// <summary>The era with this letter, ignoring case and width (R, r, Ｒ and ｒ all find 令和), or <see langword="null"/>.</summary>
    /// <param name="abbreviation">The era letter.</param>
    /// <returns>The era, or <see langword="null"/> when no era has that letter.</returns>
    public JapaneseEra? FindByAbbreviation(char abbreviation)
    {
        var letter = JapaneseText.Fold(abbreviation);
        if (char.IsAsciiLetterLower(letter))
        {
            letter = (char)(letter - ('a' - 'A'));
        }

        foreach (var era in _eras)
        {
            if (era.Abbreviation == letter)
            {
                return era;
            }
        }

        return null;
    }

    /// <summary>The era with this symbol (㋿), or <see langword="null"/>.</summary>
    /// <param name="symbol">The era symbol.</param>
    /// <returns>The era, or <see langword="null"/> when no era has that symbol.</returns>
    public JapaneseEra? FindBySymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return Array.Find(_eras, era => string.Equals(era.Symbol, symbol, StringComparison.Ordinal));
    }

    /// <summary>The era in force on <paramref name="date"/>.</summary>
    /// <param name="date">A date on or after 1873-01-01, in any calendar.</param>
    /// <returns>The era whose days include the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1873-01-01, when Japan still used its lunisolar calendar.</exception>
    public JapaneseEra EraOn(LocalDate date)
    {
        var iso = GregorianRange.Check(date, nameof(date));
        for (var i = _eras.Length - 1; i > 0; i--)
        {
            if (_eras[i].Start <= iso)
            {
                return _eras[i];
            }
        }

        return _eras[0];
    }

    /// <summary>
    /// The era a fiscal year is named in: the newest era that began in or before the fiscal year's start year, which is
    /// the era in force on December 31 of that year (so FY2019 is 令和元年度 and FY1988 is 昭和63年度).
    /// </summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns>The era that names it.</returns>
    public JapaneseEra EraOf(FiscalYear fiscalYear)
    {
        var year = fiscalYear.StartYear;
        for (var i = _eras.Length - 1; i > 0; i--)
        {
            if (_eras[i].Start.Year <= year)
            {
                return _eras[i];
            }
        }

        return _eras[0];
    }

    /// <summary>This registry when <paramref name="formatType"/> is <see cref="JapaneseEraRegistry"/>; otherwise null.</summary>
    /// <param name="formatType">The type of format object requested.</param>
    /// <returns>This registry, or <see langword="null"/>.</returns>
    public object? GetFormat(Type? formatType) => formatType == typeof(JapaneseEraRegistry) ? this : null;

    /// <summary>The registry a format provider supplies, or <see cref="Default"/>.</summary>
    internal static JapaneseEraRegistry From(IFormatProvider? provider) =>
        provider as JapaneseEraRegistry ?? provider?.GetFormat(typeof(JapaneseEraRegistry)) as JapaneseEraRegistry ?? Default;

    /// <summary>The era whose name or symbol starts <paramref name="text"/> at <paramref name="position"/>, longest first.</summary>
    internal JapaneseEra? MatchNameOrSymbol(ReadOnlySpan<char> text, int position, out int length)
    {
        JapaneseEra? match = null;
        length = 0;
        var rest = text[position..];
        foreach (var era in _eras)
        {
            if (era.Name.Length > length && rest.StartsWith(era.Name, StringComparison.Ordinal))
            {
                (match, length) = (era, era.Name.Length);
            }

            if (era.Symbol is { } symbol && symbol.Length > length && rest.StartsWith(symbol, StringComparison.Ordinal))
            {
                (match, length) = (era, symbol.Length);
            }
        }

        return match;
    }

    /// <summary>The era letters, for messages: "M, T, S, H, R".</summary>
    internal string AbbreviationList() => string.Join(", ", _eras.Select(era => era.Abbreviation));
}
