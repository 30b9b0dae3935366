using System.Globalization;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

public sealed class JapaneseEraRegistryTests
{
    private static readonly JapaneseEra NewEra = new("新元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1));

    [Fact]
    public void Default_EachEraEndsTheDayBeforeTheNextBegins()
    {
        var eras = JapaneseEraRegistry.Default.Eras;

        Assert.Equal(5, eras.Count);
        for (var i = 0; i + 1 < eras.Count; i++)
        {
            Assert.Equal(eras[i + 1].Start.PlusDays(-1), eras[i].End);
        }

        Assert.Null(eras[^1].End);
    }

    [Theory]
    [InlineData('R', "令和")]
    [InlineData('r', "令和")]
    [InlineData('Ｒ', "令和")]
    [InlineData('ｒ', "令和")]
    [InlineData('H', "平成")]
    [InlineData('s', "昭和")]
    [InlineData('Ｔ', "大正")]
    [InlineData('m', "明治")]
    public void FindByAbbreviation_IgnoresCaseAndWidth(char letter, string expected) =>
        Assert.Equal(expected, JapaneseEraRegistry.Default.FindByAbbreviation(letter)?.Name);

    [Theory]
    [InlineData('X')]
    [InlineData('4')]
    [InlineData('令')]
    public void FindByAbbreviation_UnknownLetter_ReturnsNull(char letter) =>
        Assert.Null(JapaneseEraRegistry.Default.FindByAbbreviation(letter));

    [Theory]
    [InlineData("㋿", "令和")]
    [InlineData("㍻", "平成")]
    [InlineData("㍼", "昭和")]
    [InlineData("㍽", "大正")]
    [InlineData("㍾", "明治")]
    public void FindBySymbol_ReturnsTheEra(string symbol, string expected) =>
        Assert.Equal(expected, JapaneseEraRegistry.Default.FindBySymbol(symbol)?.Name);

    [Fact]
    public void FindByName_UnknownName_ReturnsNull()
    {
        Assert.Null(JapaneseEraRegistry.Default.FindByName("慶応"));
        Assert.Null(JapaneseEraRegistry.Default.FindBySymbol("R"));
    }

    [Theory]
    [InlineData("1873-01-01", "明治")]
    [InlineData("1912-07-29", "明治")]
    [InlineData("1912-07-30", "大正")]
    [InlineData("1926-12-24", "大正")]
    [InlineData("1926-12-25", "昭和")]
    [InlineData("1989-01-07", "昭和")]
    [InlineData("1989-01-08", "平成")]
    [InlineData("2019-04-30", "平成")]
    [InlineData("2019-05-01", "令和")]
    [InlineData("9999-12-31", "令和")]
    public void EraOn_BoundaryDates_ReturnsTheEraInForce(string date, string expected) =>
        Assert.Equal(expected, JapaneseEraRegistry.Default.EraOn(IsoDates.Parse(date)).Name);

    [Fact]
    public void EraOn_DateBeforeGregorianCalendar_ThrowsNamingTheLunisolarCalendar()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEraRegistry.Default.EraOn(new LocalDate(1872, 12, 31)));

        Assert.StartsWith(Messages.Format(Messages.DateBeforeGregorian, "1873-01-01"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EraOn_JulianDate_IsConvertedToIso() =>
        Assert.Equal("令和", JapaneseEraRegistry.Default.EraOn(new LocalDate(2019, 5, 1).WithCalendar(CalendarSystem.Julian)).Name);

    [Theory]
    [InlineData(1886, "明治")]
    [InlineData(1912, "大正")]
    [InlineData(1926, "昭和")]
    [InlineData(1988, "昭和")]
    [InlineData(1989, "平成")]
    [InlineData(2018, "平成")]
    [InlineData(2019, "令和")]
    public void EraOf_FiscalYear_IsTheNewestEraStartedByItsStartYear(int startYear, string expected) =>
        Assert.Equal(expected, JapaneseEraRegistry.Default.EraOf(new FiscalYear(startYear)).Name);

    [Fact]
    public void GetFormat_ForRegistryType_ReturnsItself()
    {
        var registry = JapaneseEraRegistry.Default;

        Assert.Same(registry, registry.GetFormat(typeof(JapaneseEraRegistry)));
        Assert.Null(registry.GetFormat(typeof(NumberFormatInfo)));
        Assert.Null(registry.GetFormat(null));
    }

    [Fact]
    public void Add_NewEra_EndsThePreviousEraAndLeavesDefaultUnchanged()
    {
        var registry = JapaneseEraRegistry.Default.Add(NewEra);

        Assert.Equal(6, registry.Eras.Count);
        Assert.Equal(new LocalDate(2039, 12, 31), registry.Eras[4].End);
        Assert.Same(NewEra, registry.Eras[5]);
        Assert.Equal(5, JapaneseEraRegistry.Default.Eras.Count);
        Assert.Null(JapaneseEraRegistry.Default.Eras[4].End);
        Assert.Null(JapaneseEra.Reiwa.End);
    }

    [Fact]
    public void Add_EraWithAnEnd_BecomesCurrent()
    {
        var first = JapaneseEraRegistry.Default.Add(NewEra).Add(new JapaneseEra("次元号", "Jigengo", 'Y', null, new LocalDate(2080, 1, 1)));
        var endedNewEra = first.Eras[5];

        var registry = JapaneseEraRegistry.Default.Add(endedNewEra);

        Assert.NotNull(endedNewEra.End);
        Assert.Null(registry.Eras[^1].End);
    }

    [Fact]
    public void Add_EraNotAfterTheLast_Throws()
    {
        var early = new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2019, 5, 1));

        var exception = Assert.Throws<ArgumentException>(() => JapaneseEraRegistry.Default.Add(early));

        Assert.StartsWith(
            Messages.Format(Messages.EraNotAfterLast, "新元号", "2019-05-01", "令和", "2019-05-01"),
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DuplicateName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            JapaneseEraRegistry.Default.Add(new JapaneseEra("令和", "Reiwa", 'X', null, new LocalDate(2040, 1, 1))));

        Assert.StartsWith(Messages.Format(Messages.EraDuplicateName, "令和"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DuplicateAbbreviation_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'H', null, new LocalDate(2040, 1, 1))));

        Assert.StartsWith(Messages.Format(Messages.EraDuplicateAbbreviation, 'H', "平成"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DuplicateSymbol_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'X', "㋿", new LocalDate(2040, 1, 1))));

        Assert.StartsWith(Messages.Format(Messages.EraDuplicateSymbol, "㋿", "令和"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Null_Throws() => Assert.Throws<ArgumentNullException>(() => JapaneseEraRegistry.Default.Add(null!));
}
