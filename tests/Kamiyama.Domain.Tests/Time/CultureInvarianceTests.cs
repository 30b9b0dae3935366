using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>The current culture never changes how 年度 and dates are read or written.</summary>
public sealed class CultureInvarianceTests
{
    // ja-JP and th-TH have their own calendars, tr-TR its dotted and dotless i, ar-SA its own digits and calendar.
    public static readonly TheoryData<string> Cultures = ["ja-JP", "tr-TR", "th-TH", "ar-SA", "en-US"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void FiscalYear_FormatAndParse_AreTheSameUnderAnyCulture(string culture)
    {
        using var scope = new CultureScope(culture);
        var fiscalYear = new FiscalYear(2022);

        Assert.Equal("令和4年度", fiscalYear.ToString());
        Assert.Equal("R4年度", fiscalYear.ToString("A", null));
        Assert.Equal("2022年度", fiscalYear.ToString("Y", null));
        Assert.Equal(fiscalYear, FiscalYear.Parse("ｒ４年度"));
        Assert.Equal(new FiscalYear(1989), FiscalYear.Parse("h元年度"));
        Assert.Equal(fiscalYear, FiscalYear.Parse("2022年度"));
        Assert.Equal(Messages.Format(Messages.FiscalYearOutOfRange, 12017, 1886, 9998), FiscalYearPattern.Strict.Parse("令和9999年度").Message);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Dates_FormatAndParse_AreTheSameUnderAnyCulture(string culture)
    {
        using var scope = new CultureScope(culture);
        var date = new LocalDate(2022, 5, 1);

        Assert.Equal("令和4年5月1日", JapaneseDatePattern.Strict.Format(date));
        Assert.Equal("R4.5.1", JapaneseDatePattern.Strict.Format(date, "A"));
        Assert.Equal(date, JapaneseDatePattern.Strict.Parse("r4.5.1").Value);
        Assert.Equal("平成 ended on 2019-04-30; did you mean 令和元年5月1日?", JapaneseDatePattern.Strict.Parse("平成31年5月1日").Message);
    }

    [Fact]
    public void FiscalYear_ToStringWithCultureProvider_IgnoresTheCulture()
    {
        using var scope = new CultureScope("tr-TR");

        Assert.Equal("令和4年度", new FiscalYear(2022).ToString(null, System.Globalization.CultureInfo.CurrentCulture));
    }
}
