using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>Writes fiscal years and dates in the standard formats G, A, N, S and Y.</summary>
internal static class EraFormatter
{
    internal const string FiscalYearFormats = "G, A, N, S, Y";

    private const string FiscalYearSuffix = "年度";

    /// <summary>The style for a standard format; null and "" mean "G".</summary>
    /// <exception cref="FormatException">The format is not one of G, A, N, S and Y.</exception>
    internal static EraStyle ParseStyle(ReadOnlySpan<char> format) => format switch
    {
        "" or "G" => EraStyle.Name,
        "A" => EraStyle.Abbreviation,
        "N" => EraStyle.NumberedName,
        "S" => EraStyle.Symbol,
        "Y" => EraStyle.Gregorian,
        _ => throw new FormatException(Messages.Format(Messages.UnknownFormat, format.ToString(), FiscalYearFormats)),
    };

    internal static bool TryFormat(FiscalYear fiscalYear, Span<char> destination, out int charsWritten, EraStyle style, JapaneseEraRegistry eras)
    {
        var writer = new CharWriter(destination);
        var era = eras.EraOf(fiscalYear);
        WriteLabel(ref writer, era, fiscalYear.StartYear - era.Start.Year + 1, fiscalYear.StartYear, style);
        writer.Append(FiscalYearSuffix);
        charsWritten = writer.Overflowed ? 0 : writer.Written;
        return !writer.Overflowed;
    }

    internal static string Format(FiscalYear fiscalYear, EraStyle style, JapaneseEraRegistry eras)
    {
        // 年度 and at most four digits follow the era name or symbol.
        var length = eras.LongestLabel + 6;
        Span<char> buffer = length <= 64 ? stackalloc char[64] : new char[length];
        TryFormat(fiscalYear, buffer, out var written, style, eras);
        return new string(buffer[..written]);
    }

    /// <summary>令和4年5月1日 (G), R4.5.1 (A), 令和1年5月1日 (N), ㋿4年5月1日 (S) or 2022年5月1日 (Y).</summary>
    internal static string Format(LocalDate date, EraStyle style, JapaneseEraRegistry eras)
    {
        var era = eras.EraOn(date);
        var length = eras.LongestLabel + 16;
        Span<char> buffer = length <= 64 ? stackalloc char[64] : new char[length];
        var writer = new CharWriter(buffer);
        WriteLabel(ref writer, era, date.Year - era.Start.Year + 1, date.Year, style);
        if (style == EraStyle.Abbreviation)
        {
            writer.Append('.');
            writer.Append(date.Month);
            writer.Append('.');
            writer.Append(date.Day);
        }
        else
        {
            writer.Append('年');
            writer.Append(date.Month);
            writer.Append('月');
            writer.Append(date.Day);
            writer.Append('日');
        }

        return new string(buffer[..writer.Written]);
    }

    private static void WriteLabel(ref CharWriter writer, JapaneseEra era, int yearOfEra, int gregorianYear, EraStyle style)
    {
        switch (style)
        {
            case EraStyle.Name:
                writer.Append(era.Name);
                if (yearOfEra == 1)
                {
                    writer.Append('元');
                    return;
                }

                break;
            case EraStyle.Abbreviation:
                writer.Append(era.Abbreviation);
                break;
            case EraStyle.NumberedName:
                writer.Append(era.Name);
                break;
            case EraStyle.Symbol:
                writer.Append(era.Symbol ?? era.Name);
                break;
            default:
                writer.Append(gregorianYear);
                return;
        }

        writer.Append(yearOfEra);
    }
}
