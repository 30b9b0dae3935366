using System.Diagnostics.CodeAnalysis;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Time;

/// <summary>Reads the year part shared by fiscal years and dates: 令和4, 令和元, R4, Ｒ４, ㋿4, 令和十二, 2022.</summary>
internal static class EraLabelReader
{
    private const char Gannen = '元';

    /// <summary>
    /// Reads a label at <paramref name="position"/>, which must be inside <paramref name="text"/>, allowing white space
    /// between the era and its year. On failure <paramref name="position"/> is where the problem is.
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<char> text, ref int position, JapaneseEraRegistry eras, out EraLabel label, [NotNullWhen(false)] out string? error)
    {
        label = default;
        error = null;
        var start = position;
        var first = JapaneseText.Fold(text[position]);

        // JapaneseEra forbids letters and digits in names and symbols, so 2022年度 and Ｒ４年度 need not look for one.
        var length = 0;
        var era = char.IsAsciiLetterOrDigit(first) ? null : eras.MatchNameOrSymbol(text, position, out length);
        if (era is null && char.IsAsciiLetter(first))
        {
            era = eras.FindByAbbreviation(text[position]);
            if (era is null)
            {
                error = Messages.Format(Messages.UnknownEraAbbreviation, text[position], eras.AbbreviationList());
                return false;
            }

            length = 1;
        }

        if (era is null)
        {
            return TryReadGregorianYear(text, ref position, out label, out error);
        }

        position = JapaneseText.SkipWhiteSpace(text, start + length);
        int year;
        if (position < text.Length && text[position] == Gannen)
        {
            year = 1;
            position++;
        }
        else if (!JapaneseText.TryReadInteger(text, ref position, out year))
        {
            error = Messages.Format(Messages.ExpectedEraYear, text.Slice(start, length).ToString());
            return false;
        }
        else if (year == 0)
        {
            position = JapaneseText.SkipWhiteSpace(text, start + length);
            error = Messages.Format(Messages.EraYearZero, era.Name);
            return false;
        }

        label = new EraLabel(era, year);
        return true;
    }

    private static bool TryReadGregorianYear(ReadOnlySpan<char> text, ref int position, out EraLabel label, [NotNullWhen(false)] out string? error)
    {
        label = default;
        error = null;
        if (text[position] == Gannen)
        {
            error = Messages.GannenOnlyForEra;
            return false;
        }

        if (!JapaneseText.TryReadInteger(text, ref position, out var year))
        {
            error = Messages.ExpectedEraOrYear;
            return false;
        }

        label = new EraLabel(null, year);
        return true;
    }
}
