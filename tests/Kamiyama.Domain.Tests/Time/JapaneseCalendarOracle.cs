using System.Globalization;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>
/// The era and year of a date according to <see cref="JapaneseCalendar"/>, an implementation independent of ours. Used
/// only from date to era: converting the other way, it accepts labels the law does not (平成32年, 令和元年4月30日).
/// </summary>
internal static class JapaneseCalendarOracle
{
    private static readonly JapaneseCalendar Calendar = new();

    // JapaneseCalendar numbers eras from 1 (明治) upwards.
    private static readonly (string Name, char Abbreviation)[] Eras =
        [("明治", 'M'), ("大正", 'T'), ("昭和", 'S'), ("平成", 'H'), ("令和", 'R')];

    public static (string Name, char Abbreviation, int Year) EraAndYear(LocalDate date)
    {
        var dateTime = date.ToDateTimeUnspecified();
        var (name, abbreviation) = Eras[Calendar.GetEra(dateTime) - 1];
        return (name, abbreviation, Calendar.GetYear(dateTime));
    }

    /// <summary>令和4年5月1日, with 元 for the first year of an era.</summary>
    public static string LongForm(LocalDate date)
    {
        var dateTime = date.ToDateTimeUnspecified();
        var (name, _, year) = EraAndYear(date);
        var yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{name}{yearText}年{Calendar.GetMonth(dateTime)}月{Calendar.GetDayOfMonth(dateTime)}日");
    }

    /// <summary>R4.5.1.</summary>
    public static string AbbreviatedForm(LocalDate date)
    {
        var dateTime = date.ToDateTimeUnspecified();
        var (_, abbreviation, year) = EraAndYear(date);
        return string.Create(CultureInfo.InvariantCulture, $"{abbreviation}{year}.{Calendar.GetMonth(dateTime)}.{Calendar.GetDayOfMonth(dateTime)}");
    }

    /// <summary>The label of a fiscal year: its era and year on December 31 of its start year, with 元 for year 1.</summary>
    public static string FiscalYearLabel(int startYear)
    {
        var (name, _, year) = EraAndYear(new LocalDate(startYear, 12, 31));
        return Label(name, year) + "年度";
    }

    public static string Label(string eraName, int year) =>
        eraName + (year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture));

    public static DateTime ToDateTime(int year, int month, int day, int era) => Calendar.ToDateTime(year, month, day, 0, 0, 0, 0, era);
}
