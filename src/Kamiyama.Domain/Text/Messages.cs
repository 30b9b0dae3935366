using System.Globalization;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Every message the parsers produce, in one place so that tests can assert them. Composite format strings are
/// formatted with the invariant culture.
/// </summary>
internal static partial class Messages
{
    // {0} input, {1} type, {2} position, {3} detail
    internal const string UnparsableValue = "Cannot parse '{0}' as {1} at position {2}: {3}";

    internal const string Empty = "The text is empty.";
    internal const string TrailingText = "Unexpected text '{0}' after the value.";
    internal const string UnknownFormat = "Unknown format '{0}'; expected one of {1}.";

    // Era labels shared by fiscal years and dates
    internal const string ExpectedEraOrYear = "Expected an era name (令和, 平成 …), an era letter (R, H …), an era symbol (㋿, ㍻ …) or a Gregorian year.";
    internal const string UnknownEraAbbreviation = "'{0}' is not the letter of a known era ({1}).";
    internal const string ExpectedEraYear = "Expected the year of the era (1, 元, ４, 十二 …) after '{0}'.";
    internal const string GannenOnlyForEra = "元 names the first year of an era; it cannot stand for a Gregorian year.";
    internal const string EraYearZero = "The years of an era start at 1 (元年); there is no {0}0年.";
    internal const string EraEnded = "{0} ended on {1}; did you mean {2}?";
    internal const string EraNotBegun = "{0} began on {1}; did you mean {2}?";

    // Fiscal years
    internal const string ExpectedFiscalYearSuffix = "Expected '年度' after the year.";
    internal const string CalendarYearNotFiscalYear = "'{0}年' is a calendar year; a fiscal year is written '{0}年度'.";
    internal const string FiscalYearOutOfRange = "Fiscal year {0} is outside the supported range {1}–{2}: Japan's April–March fiscal year began in {1}.";
    internal const string NotAFiscalYear = "The object is not a FiscalYear.";

    // Dates
    internal const string DateBeforeGregorian = "Dates before {0} are out of range: until 明治5年12月2日 Japan used its lunisolar calendar.";
    internal const string YearAfterMaximum = "Year {0} is after {1}, the last supported year.";
    internal const string ExpectedYearSeparator = "Expected '年', '.' or '/' after the year.";
    internal const string ExpectedMonth = "Expected a month (1–12).";
    internal const string ExpectedDay = "Expected a day of the month.";
    internal const string ExpectedDateSeparator = "Expected '{0}'.";
    internal const string DayOutOfRange = "Day {0} does not exist in {1}: that month has {2} days.";

    // Eras and registries
    internal const string EraNameInvalid = "An era name must be non-empty and contain no white space, letters or digits: '{0}'.";
    internal const string EraRomanizedNameInvalid = "A romanized era name must not be empty or white space.";
    internal const string EraAbbreviationInvalid = "An era abbreviation must be an upper-case ASCII letter (A–Z), not '{0}'.";
    internal const string EraSymbolInvalid = "An era symbol must be null, or non-empty with no white space, letters or digits: '{0}'.";
    internal const string EraNotAfterLast = "{0} starts on {1}, which is not after the start of {2} on {3}; a new era must start after the last one.";
    internal const string EraDuplicateName = "An era named {0} is already registered.";
    internal const string EraDuplicateAbbreviation = "The letter {0} already stands for {1}.";
    internal const string EraDuplicateSymbol = "The symbol {0} already stands for {1}.";

    /// <summary>Formats one of the composite messages above with the invariant culture.</summary>
    internal static string Format(string template, params ReadOnlySpan<object?> args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
