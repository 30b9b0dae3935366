using System.Diagnostics.CodeAnalysis;
using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>The parsing core behind <see cref="JapaneseDatePattern"/>: 令和4年5月1日, R4.5.1, R4/5/1, 2022年5月1日.</summary>
internal static class JapaneseDateParser
{
    internal static ParseOutcome<LocalDate> Parse(ReadOnlySpan<char> text, JapaneseEraRegistry eras, bool lenient)
    {
        var position = JapaneseText.SkipWhiteSpace(text, 0);
        if (position == text.Length)
        {
            return ParseOutcome<LocalDate>.Fail(0, Messages.Empty);
        }

        var labelStart = position;
        if (!EraLabelReader.TryRead(text, ref position, eras, out var label, out var error))
        {
            return ParseOutcome<LocalDate>.Fail(position, error);
        }

        // 年 is followed by 月 and 日; a '.' or '/' after the year must separate the month and day too.
        position = JapaneseText.SkipWhiteSpace(text, position);
        var separator = position < text.Length ? JapaneseText.Fold(text[position]) : '\0';
        if (separator is not ('年' or '.' or '/'))
        {
            return ParseOutcome<LocalDate>.Fail(position, Messages.ExpectedYearSeparator);
        }

        var isKanji = separator == '年';
        if (!TryReadPart(text, ref position, 12, Messages.ExpectedMonth, out var month, out var monthError)
            || !TryExpect(text, ref position, isKanji ? '月' : separator, out monthError))
        {
            return ParseOutcome<LocalDate>.Fail(position, monthError);
        }

        var dayPosition = JapaneseText.SkipWhiteSpace(text, position + 1);
        if (!TryReadPart(text, ref position, int.MaxValue, Messages.ExpectedDay, out var day, out var dayError)
            || (isKanji && !TryExpect(text, ref position, '日', out dayError)))
        {
            return ParseOutcome<LocalDate>.Fail(position, dayError);
        }

        position = JapaneseText.SkipWhiteSpace(text, isKanji ? position + 1 : position);
        if (position < text.Length)
        {
            return ParseOutcome<LocalDate>.Fail(position, Messages.Format(Messages.TrailingText, text[position..].ToString()));
        }

        return Resolve(label, month, day, labelStart, dayPosition, eras, lenient);
    }

    private static ParseOutcome<LocalDate> Resolve(EraLabel label, int month, int day, int labelStart, int dayPosition, JapaneseEraRegistry eras, bool lenient)
    {
        var year = label.GregorianYear;
        if (year < GregorianRange.FirstDate.Year)
        {
            return ParseOutcome<LocalDate>.Fail(labelStart, GregorianRange.BeforeFirstDateMessage);
        }

        if (year > GregorianRange.MaxYear)
        {
            return ParseOutcome<LocalDate>.Fail(labelStart, Messages.Format(Messages.YearAfterMaximum, year, GregorianRange.MaxYear));
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth((int)year, month);
        if (day < 1 || day > daysInMonth)
        {
            var yearMonth = new YearMonth((int)year, month).ToString("uuuu'-'MM", System.Globalization.CultureInfo.InvariantCulture);
            return ParseOutcome<LocalDate>.Fail(dayPosition, Messages.Format(Messages.DayOutOfRange, day, yearMonth, daysInMonth));
        }

        var date = new LocalDate((int)year, month, day);
        if (label.Era is not { } era)
        {
            return ParseOutcome<LocalDate>.Succeed(date);
        }

        if (date < era.Start)
        {
            return ParseOutcome<LocalDate>.Fail(labelStart, Messages.Format(
                Messages.EraNotBegun, era.Name, GregorianRange.ToIsoString(era.Start), EraFormatter.Format(date, EraStyle.Name, eras)));
        }

        if (era.End is not { } end || date <= end)
        {
            return ParseOutcome<LocalDate>.Succeed(date);
        }

        var message = Messages.Format(Messages.EraEnded, era.Name, GregorianRange.ToIsoString(end), EraFormatter.Format(date, EraStyle.Name, eras));
        return lenient ? ParseOutcome<LocalDate>.Succeed(date, message) : ParseOutcome<LocalDate>.Fail(labelStart, message);
    }

    /// <summary>Skips the separator at <paramref name="position"/> and white space, then reads a number from 1 to <paramref name="max"/>.</summary>
    private static bool TryReadPart(ReadOnlySpan<char> text, ref int position, int max, string expected, out int value, [NotNullWhen(false)] out string? error)
    {
        position = JapaneseText.SkipWhiteSpace(text, position + 1);
        var start = position;
        if (!JapaneseText.TryReadInteger(text, ref position, out value) || value < 1 || value > max)
        {
            position = start;
            error = expected;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Skips white space and checks that <paramref name="position"/> is at <paramref name="separator"/> (folded).</summary>
    private static bool TryExpect(ReadOnlySpan<char> text, ref int position, char separator, [NotNullWhen(false)] out string? error)
    {
        position = JapaneseText.SkipWhiteSpace(text, position);
        if (position < text.Length && JapaneseText.Fold(text[position]) == separator)
        {
            error = null;
            return true;
        }

        error = Messages.Format(Messages.ExpectedDateSeparator, separator);
        return false;
    }
}
