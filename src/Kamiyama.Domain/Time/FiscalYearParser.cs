using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Time;

/// <summary>The parsing core behind <see cref="FiscalYearPattern"/> and <see cref="FiscalYear.Parse(string)"/>.</summary>
internal static class FiscalYearParser
{
    private const string Suffix = "年度";

    internal static ParseOutcome<FiscalYear> Parse(ReadOnlySpan<char> text, JapaneseEraRegistry eras, bool lenient)
    {
        var position = JapaneseText.SkipWhiteSpace(text, 0);
        if (position == text.Length)
        {
            return ParseOutcome<FiscalYear>.Fail(0, Messages.Empty);
        }

        var labelStart = position;
        if (!EraLabelReader.TryRead(text, ref position, eras, out var label, out var error))
        {
            return ParseOutcome<FiscalYear>.Fail(position, error);
        }

        var labelEnd = position;
        position = JapaneseText.SkipWhiteSpace(text, position);
        if (!JapaneseText.StartsWithAt(text, position, Suffix))
        {
            return ParseOutcome<FiscalYear>.Fail(position, JapaneseText.StartsWithAt(text, position, "年")
                ? Messages.Format(Messages.CalendarYearNotFiscalYear, text[labelStart..labelEnd].ToString())
                : Messages.ExpectedFiscalYearSuffix);
        }

        position = JapaneseText.SkipWhiteSpace(text, position + Suffix.Length);
        if (position < text.Length)
        {
            return ParseOutcome<FiscalYear>.Fail(position, Messages.Format(Messages.TrailingText, text[position..].ToString()));
        }

        return Resolve(label, labelStart, eras, lenient);
    }

    /// <summary>
    /// An era label is valid while the fiscal year it names overlaps the era's days (平成31年度 but not 平成32年度);
    /// labels past the end come from forms printed before a 改元, which a lenient pattern accepts with a warning.
    /// </summary>
    private static ParseOutcome<FiscalYear> Resolve(EraLabel label, int labelStart, JapaneseEraRegistry eras, bool lenient)
    {
        var startYear = label.GregorianYear;
        if (startYear is < FiscalYear.MinStartYear or > FiscalYear.MaxStartYear)
        {
            return ParseOutcome<FiscalYear>.Fail(labelStart, OutOfRangeMessage(startYear));
        }

        var fiscalYear = new FiscalYear((int)startYear);
        if (label.Era is not { End: { } end } era || fiscalYear.Start <= end)
        {
            return ParseOutcome<FiscalYear>.Succeed(fiscalYear);
        }

        var message = Messages.Format(
            Messages.EraEnded,
            era.Name,
            GregorianRange.ToIsoString(end),
            EraFormatter.Format(fiscalYear, EraStyle.Name, eras));
        return lenient
            ? ParseOutcome<FiscalYear>.Succeed(fiscalYear, message)
            : ParseOutcome<FiscalYear>.Fail(labelStart, message);
    }

    internal static string OutOfRangeMessage(long startYear) =>
        Messages.Format(Messages.FiscalYearOutOfRange, startYear, FiscalYear.MinStartYear, FiscalYear.MaxStartYear);
}
