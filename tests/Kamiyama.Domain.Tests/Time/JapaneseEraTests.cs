using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

public sealed class JapaneseEraTests
{
    public static TheoryData<string, string, char, string, string, string?> BuiltIns => new()
    {
        { "明治", "Meiji", 'M', "㍾", "1868-10-23", "1912-07-29" },
        { "大正", "Taisho", 'T', "㍽", "1912-07-30", "1926-12-24" },
        { "昭和", "Showa", 'S', "㍼", "1926-12-25", "1989-01-07" },
        { "平成", "Heisei", 'H', "㍻", "1989-01-08", "2019-04-30" },
        { "令和", "Reiwa", 'R', "㋿", "2019-05-01", null },
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void BuiltIn_HasItsNameLetterSymbolAndDays(string name, string romanizedName, char abbreviation, string symbol, string start, string? end)
    {
        var era = JapaneseEraRegistry.Default.FindByName(name)!;

        Assert.Equal(romanizedName, era.RomanizedName);
        Assert.Equal(abbreviation, era.Abbreviation);
        Assert.Equal(symbol, era.Symbol);
        Assert.Equal(start, IsoDates.Format(era.Start));
        Assert.Equal(end, era.End is { } e ? IsoDates.Format(e) : null);
    }

    [Fact]
    public void StaticProperties_AreTheDefaultRegistryInOrder() =>
        Assert.Equal(
            [JapaneseEra.Meiji, JapaneseEra.Taisho, JapaneseEra.Showa, JapaneseEra.Heisei, JapaneseEra.Reiwa],
            JapaneseEraRegistry.Default.Eras);

    [Fact]
    public void Constructor_FutureEra_IsCurrentWithNoEnd()
    {
        var era = new JapaneseEra("新元号", "Shingengo", 'X', "㍐", new LocalDate(2040, 1, 1));

        Assert.Equal("新元号", era.Name);
        Assert.Equal('X', era.Abbreviation);
        Assert.Equal("㍐", era.Symbol);
        Assert.Equal(new LocalDate(2040, 1, 1), era.Start);
        Assert.Null(era.End);
    }

    [Fact]
    public void Constructor_NonIsoStart_IsStoredInIso()
    {
        var julian = new LocalDate(2040, 1, 1).WithCalendar(CalendarSystem.Julian);

        var era = new JapaneseEra("新元号", "Shingengo", 'X', null, julian);

        Assert.Equal(new LocalDate(2040, 1, 1), era.Start);
        Assert.Equal(CalendarSystem.Iso, era.Start.Calendar);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("新 元号", "name")]
    [InlineData("新　元号", "name")]
    [InlineData("新元号2", "name")]
    [InlineData("新元号２", "name")]
    [InlineData("New", "name")]
    public void Constructor_MalformedName_Throws(string name, string parameter)
    {
        var exception = Assert.Throws<ArgumentException>(() => new JapaneseEra(name, "Shingengo", 'X', null, new LocalDate(2040, 1, 1)));

        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith(Messages.Format(Messages.EraNameInvalid, name), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullName_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new JapaneseEra(null!, "Shingengo", 'X', null, new LocalDate(2040, 1, 1)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankRomanizedName_Throws(string romanizedName)
    {
        var exception = Assert.Throws<ArgumentException>(() => new JapaneseEra("新元号", romanizedName, 'X', null, new LocalDate(2040, 1, 1)));

        Assert.StartsWith(Messages.EraRomanizedNameInvalid, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('x')]
    [InlineData('Ｘ')]
    [InlineData('1')]
    [InlineData('新')]
    public void Constructor_AbbreviationNotUpperCaseAsciiLetter_Throws(char abbreviation)
    {
        var exception = Assert.Throws<ArgumentException>(() => new JapaneseEra("新元号", "Shingengo", abbreviation, null, new LocalDate(2040, 1, 1)));

        Assert.StartsWith(Messages.Format(Messages.EraAbbreviationInvalid, abbreviation), exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("㍐ ")]
    [InlineData("X")]
    [InlineData("1")]
    public void Constructor_MalformedSymbol_Throws(string symbol)
    {
        var exception = Assert.Throws<ArgumentException>(() => new JapaneseEra("新元号", "Shingengo", 'X', symbol, new LocalDate(2040, 1, 1)));

        Assert.StartsWith(Messages.Format(Messages.EraSymbolInvalid, symbol), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_StartBeforeGregorianCalendar_ThrowsNamingTheLunisolarCalendar()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(1872, 12, 31)));

        Assert.Equal("start", exception.ParamName);
        Assert.StartsWith(Messages.Format(Messages.DateBeforeGregorian, "1873-01-01"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameNameAndStart_IgnoresEnd()
    {
        var registry = JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1)));
        var endedReiwa = registry.FindByName("令和")!;

        Assert.NotNull(endedReiwa.End);
        Assert.Equal(JapaneseEra.Reiwa, endedReiwa);
        Assert.True(JapaneseEra.Reiwa == endedReiwa);
        Assert.Equal(JapaneseEra.Reiwa.GetHashCode(), endedReiwa.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentNameOrStart_AreDifferent()
    {
        var a = new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1));
        var laterStart = new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2041, 1, 1));
        var otherName = new JapaneseEra("別元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1));

        Assert.NotEqual(a, laterStart);
        Assert.NotEqual(a, otherName);
        Assert.True(a != otherName);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
    }

    [Fact]
    public void ToString_IsTheName() => Assert.Equal("令和", JapaneseEra.Reiwa.ToString());
}
