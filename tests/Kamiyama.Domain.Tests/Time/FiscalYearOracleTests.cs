using System.Globalization;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>Every fiscal year from 1886 to 2100 against <see cref="JapaneseCalendar"/>, an independent implementation.</summary>
public sealed class FiscalYearOracleTests
{
    private const int FirstYear = 1886;
    private const int LastYear = 2100;
    private static readonly string[] Formats = ["G", "A", "N", "S", "Y"];

    private static IEnumerable<FiscalYear> AllYears => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => new FiscalYear(year));

    [Fact]
    public void ToString_EveryYear_IsTheEraAndYearInForceOnDecember31OfTheStartYear()
    {
        foreach (var fiscalYear in AllYears)
        {
            var (era, _, year) = JapaneseCalendarOracle.EraAndYear(new LocalDate(fiscalYear.StartYear, 12, 31));

            Assert.Equal(JapaneseCalendarOracle.FiscalYearLabel(fiscalYear.StartYear), fiscalYear.ToString());
            Assert.Equal(era, fiscalYear.Era.Name);
            Assert.Equal(year, fiscalYear.YearOfEra);
        }
    }

    [Fact]
    public void FormatThenParse_EveryYearEveryFormat_ReturnsTheSameYear()
    {
        foreach (var fiscalYear in AllYears)
        {
            foreach (var format in Formats)
            {
                var text = fiscalYear.ToString(format, null);
                Assert.True(FiscalYear.TryParse(text, out var parsed), text);
                Assert.Equal(fiscalYear, parsed);
            }
        }
    }

    [Fact]
    public void Parse_EveryYear_AcceptsTheLabelOfTheEraInForceOnApril1()
    {
        foreach (var fiscalYear in AllYears)
        {
            var (era, _, year) = JapaneseCalendarOracle.EraAndYear(fiscalYear.Start);
            var label = JapaneseCalendarOracle.Label(era, year) + "年度";

            Assert.Equal(fiscalYear, FiscalYear.Parse(label));
        }
    }

    // Counting the previous fiscal year's era one year on is valid exactly when that era is still in force on April 1.
    [Fact]
    public void Parse_EveryYear_AcceptsThePreviousEraCountedOnOnlyWhileItLasts()
    {
        foreach (var fiscalYear in AllYears)
        {
            var (previousEra, _, previousYear) = JapaneseCalendarOracle.EraAndYear(fiscalYear.Start.PlusYears(-1));
            var (eraOnApril1, _, _) = JapaneseCalendarOracle.EraAndYear(fiscalYear.Start);
            var label = JapaneseCalendarOracle.Label(previousEra, previousYear + 1) + "年度";

            var result = FiscalYearPattern.Strict.Parse(label);

            Assert.Equal(previousEra == eraOnApril1, result.Success);
            Assert.Equal(fiscalYear, FiscalYearPattern.Lenient.Parse(label).Value);
        }
    }

    [Fact]
    public void Days_EveryYear_StartOnApril1EndOnMarch31AndTileTheCalendar()
    {
        foreach (var fiscalYear in AllYears)
        {
            Assert.Equal(new LocalDate(fiscalYear.StartYear, 4, 1), fiscalYear.Start);
            Assert.Equal(fiscalYear.Start.PlusYears(1).PlusDays(-1), fiscalYear.End);
            Assert.Equal(fiscalYear.End.PlusDays(1), fiscalYear.Next.Start);
            Assert.True(fiscalYear.Contains(fiscalYear.Start));
            Assert.True(fiscalYear.Contains(fiscalYear.End));
            Assert.False(fiscalYear.Contains(fiscalYear.Start.PlusDays(-1)));
            Assert.False(fiscalYear.Contains(fiscalYear.End.PlusDays(1)));
            Assert.Equal(fiscalYear, FiscalYear.FromDate(fiscalYear.Start));
            Assert.Equal(fiscalYear, FiscalYear.FromDate(fiscalYear.End));
            Assert.Equal(fiscalYear, FiscalYear.FromDate(new LocalDate(fiscalYear.StartYear, 12, 31)));
            Assert.Equal(fiscalYear.StartYear.ToString(CultureInfo.InvariantCulture) + "年度", fiscalYear.ToString("Y", null));
        }
    }
}
