using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>Every day from 1873-01-01 to 2100-12-31 against <see cref="System.Globalization.JapaneseCalendar"/>.</summary>
public sealed class JapaneseDateOracleTests
{
    private static readonly LocalDate First = new(1873, 1, 1);
    private static readonly LocalDate Last = new(2100, 12, 31);

    [Fact]
    public void Format_EveryDay_MatchesJapaneseCalendarAndParsesBack()
    {
        var pattern = JapaneseDatePattern.Strict;
        for (var date = First; date <= Last; date = date.PlusDays(1))
        {
            var longForm = pattern.Format(date);
            var abbreviated = pattern.Format(date, "A");

            Assert.Equal(JapaneseCalendarOracle.LongForm(date), longForm);
            Assert.Equal(JapaneseCalendarOracle.AbbreviatedForm(date), abbreviated);
            Assert.Equal(date, pattern.Parse(longForm).Value);
            Assert.Equal(date, pattern.Parse(abbreviated).Value);
        }
    }

    [Fact]
    public void EraOn_EveryDay_MatchesJapaneseCalendar()
    {
        for (var date = First; date <= Last; date = date.PlusDays(1))
        {
            Assert.Equal(JapaneseCalendarOracle.EraAndYear(date).Name, JapaneseEraRegistry.Default.EraOn(date).Name);
        }
    }

    // JapaneseCalendar converts any era year to a date, even one after the era ended or before it began; the law does not.
    [Fact]
    public void Parse_LabelsJapaneseCalendarAcceptsButThatNeverExisted_AreRejected()
    {
        Assert.Equal(new DateTime(2020, 1, 1), JapaneseCalendarOracle.ToDateTime(32, 1, 1, era: 4));
        Assert.Equal(new DateTime(2019, 4, 30), JapaneseCalendarOracle.ToDateTime(1, 4, 30, era: 5));

        var pastTheEnd = JapaneseDatePattern.Strict.Parse("平成32年1月1日");
        var beforeTheStart = JapaneseDatePattern.Strict.Parse("令和元年4月30日");

        Assert.Equal("平成 ended on 2019-04-30; did you mean 令和2年1月1日?", pastTheEnd.Message);
        Assert.Equal("令和 began on 2019-05-01; did you mean 平成31年4月30日?", beforeTheStart.Message);
    }
}
