using NodaTime;
using NodaTime.Text;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>ISO dates written as text in test tables (2019-05-01).</summary>
internal static class IsoDates
{
    public static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
