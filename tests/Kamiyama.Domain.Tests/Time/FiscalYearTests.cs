using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>年度 as a value: April 1 to March 31, identified by the Gregorian year it starts in.</summary>
public sealed class FiscalYearTests
{
    [Theory]
    [InlineData(1886)]
    [InlineData(2022)]
    [InlineData(9998)]
    public void Constructor_SupportedYear_KeepsTheStartYear(int startYear) =>
        Assert.Equal(startYear, new FiscalYear(startYear).StartYear);

    [Theory]
    [InlineData(1885)]
    [InlineData(9999)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructor_UnsupportedYear_ThrowsWithTheRange(int startYear)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(startYear));

        Assert.Equal("startYear", exception.ParamName);
        Assert.StartsWith(Messages.Format(Messages.FiscalYearOutOfRange, startYear, 1886, 9998), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsMinValue_TheFirstAprilToMarchFiscalYear()
    {
        Assert.Equal(FiscalYear.MinValue, default);
        Assert.Equal(1886, default(FiscalYear).StartYear);
        Assert.Equal(9998, FiscalYear.MaxValue.StartYear);
    }

    [Fact]
    public void StartAndEnd_AreAprilFirstAndMarchThirtyFirstOfTheNextYear()
    {
        var fiscalYear = new FiscalYear(2022);

        Assert.Equal(new LocalDate(2022, 4, 1), fiscalYear.Start);
        Assert.Equal(new LocalDate(2023, 3, 31), fiscalYear.End);
        Assert.Equal(new DateInterval(fiscalYear.Start, fiscalYear.End), fiscalYear.ToDateInterval());
    }

    [Theory]
    [InlineData(2022, 365)]
    [InlineData(2023, 366)]
    [InlineData(1899, 365)]
    [InlineData(1999, 366)]
    public void ToDateInterval_HasTheDaysOfTheYear_IncludingTheLeapDayOfTheFollowingFebruary(int startYear, int days) =>
        Assert.Equal(days, new FiscalYear(startYear).ToDateInterval().Length);

    [Theory]
    [InlineData("2022-04-01", 2022)]
    [InlineData("2022-12-31", 2022)]
    [InlineData("2023-01-01", 2022)]
    [InlineData("2023-03-31", 2022)]
    [InlineData("2022-03-31", 2021)]
    [InlineData("1886-04-01", 1886)]
    [InlineData("9999-03-31", 9998)]
    public void FromDate_JanuaryToMarch_BelongToThePreviousYearsFiscalYear(string date, int expected) =>
        Assert.Equal(new FiscalYear(expected), FiscalYear.FromDate(IsoDates.Parse(date)));

    [Theory]
    [InlineData("1886-03-31")]
    [InlineData("1872-12-31")]
    [InlineData("9999-04-01")]
    public void FromDate_OutsideTheSupportedYears_Throws(string date) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.FromDate(IsoDates.Parse(date)));

    [Fact]
    public void FromDate_NonIsoDate_IsConverted() =>
        Assert.Equal(new FiscalYear(2022), FiscalYear.FromDate(new LocalDate(2022, 4, 1).WithCalendar(CalendarSystem.Julian)));

    [Theory]
    [InlineData("2022-03-31", false)]
    [InlineData("2022-04-01", true)]
    [InlineData("2023-03-31", true)]
    [InlineData("2023-04-01", false)]
    [InlineData("0001-01-01", false)]
    public void Contains_OnlyTheDaysFromAprilToMarch(string date, bool expected) =>
        Assert.Equal(expected, new FiscalYear(2022).Contains(IsoDates.Parse(date)));

    [Fact]
    public void Contains_NonIsoDate_IsConverted() =>
        Assert.True(new FiscalYear(2022).Contains(new LocalDate(2022, 4, 1).WithCalendar(CalendarSystem.Julian)));

    [Fact]
    public void NextAndPrevious_AreTheAdjacentYears()
    {
        var fiscalYear = new FiscalYear(2022);

        Assert.Equal(new FiscalYear(2023), fiscalYear.Next);
        Assert.Equal(new FiscalYear(2021), fiscalYear.Previous);
        Assert.Equal(fiscalYear.End.PlusDays(1), fiscalYear.Next.Start);
    }

    [Fact]
    public void NextAndPrevious_PastTheRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.MaxValue.Next);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.MinValue.Previous);
    }

    [Fact]
    public void Arithmetic_AddsAndSubtractsYears()
    {
        var fiscalYear = new FiscalYear(2022);

        Assert.Equal(new FiscalYear(2025), fiscalYear + 3);
        Assert.Equal(new FiscalYear(2019), fiscalYear - 3);
        Assert.Equal(new FiscalYear(2019), fiscalYear + -3);
        Assert.Equal(new FiscalYear(2030), fiscalYear.PlusYears(8));
        Assert.Equal(3, new FiscalYear(2025) - fiscalYear);
        Assert.Equal(-3, fiscalYear - new FiscalYear(2025));
    }

    [Theory]
    [InlineData(7977)]
    [InlineData(-137)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Addition_PastTheRange_ThrowsRatherThanOverflows(int years) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2022) + years);

    [Theory]
    [InlineData(137)]
    [InlineData(-7977)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Subtraction_PastTheRange_ThrowsRatherThanOverflows(int years) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2022) - years);

    [Fact]
    public void Comparisons_OrderByStartYear()
    {
        var earlier = new FiscalYear(2021);
        var later = new FiscalYear(2022);
        var same = new FiscalYear(2022);

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(earlier <= later && same <= later);
        Assert.True(later >= earlier && same >= later);
        Assert.True(later == same);
        Assert.True(earlier != later);
        Assert.False(earlier > later || earlier >= later || later < earlier || later <= earlier);
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.Equal(0, later.CompareTo(same));
    }

    [Fact]
    public void CompareTo_Object_ComparesFiscalYearsAndPutsNullFirst()
    {
        IComparable fiscalYear = new FiscalYear(2022);

        Assert.True(fiscalYear.CompareTo(new FiscalYear(2021)) > 0);
        Assert.True(fiscalYear.CompareTo(null) > 0);
        var exception = Assert.Throws<ArgumentException>(() => fiscalYear.CompareTo(2022));
        Assert.StartsWith(Messages.NotAFiscalYear, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameStartYear_IsEqualWithTheSameHashCode()
    {
        Assert.Equal(new FiscalYear(2022), new FiscalYear(2022));
        Assert.True(new FiscalYear(2022).Equals((object)new FiscalYear(2022)));
        Assert.False(new FiscalYear(2022).Equals(2022));
        Assert.Equal(new FiscalYear(2022).GetHashCode(), new FiscalYear(2022).GetHashCode());
    }

    [Fact]
    public void Sort_OrdersChronologically()
    {
        FiscalYear[] years = [new(2022), new(1989), new(2019)];

        Array.Sort(years);

        Assert.Equal([new(1989), new(2019), new(2022)], years);
    }

    [Theory]
    [InlineData(2022, "令和", 4)]
    [InlineData(2019, "令和", 1)]
    [InlineData(2018, "平成", 30)]
    [InlineData(1989, "平成", 1)]
    [InlineData(1988, "昭和", 63)]
    [InlineData(1926, "昭和", 1)]
    [InlineData(1925, "大正", 14)]
    [InlineData(1912, "大正", 1)]
    [InlineData(1886, "明治", 19)]
    public void EraAndYearOfEra_AreThoseOfTheLabel(int startYear, string era, int yearOfEra)
    {
        var fiscalYear = new FiscalYear(startYear);

        Assert.Equal(era, fiscalYear.Era.Name);
        Assert.Equal(yearOfEra, fiscalYear.YearOfEra);
    }
}
