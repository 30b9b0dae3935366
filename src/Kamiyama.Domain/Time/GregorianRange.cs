using System.Globalization;
using Kamiyama.Domain.Text;
using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>
/// The span of dates this library models. Japan switched from its lunisolar calendar to the Gregorian one on
/// 明治6年1月1日 (1873-01-01, the day after 明治5年12月2日); era arithmetic on earlier dates would name days that never
/// existed under that name, so they are rejected everywhere.
/// </summary>
internal static class GregorianRange
{
    internal const int MaxYear = 9999;

    internal static readonly LocalDate FirstDate = new(1873, 1, 1);

    internal static string BeforeFirstDateMessage => Messages.Format(Messages.DateBeforeGregorian, ToIsoString(FirstDate));

    /// <summary>The date in the ISO calendar, which every comparison in this namespace assumes.</summary>
    internal static LocalDate ToIso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>The date in the ISO calendar, or an exception naming the lunisolar calendar when it is too early.</summary>
    internal static LocalDate Check(LocalDate date, string paramName)
    {
        var iso = ToIso(date);
        return iso < FirstDate ? throw new ArgumentOutOfRangeException(paramName, date, BeforeFirstDateMessage) : iso;
    }

    internal static string ToIsoString(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
