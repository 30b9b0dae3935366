using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>和暦の日付: 令和4年5月1日, R4.5.1, and the days around a change of era.</summary>
public sealed class JapaneseDatePatternTests
{
    public static TheoryData<string, string> ValidInputs => new()
    {
        { "令和4年5月1日", "2022-05-01" },
        { "令和元年5月1日", "2019-05-01" },
        { "令和1年5月1日", "2019-05-01" },
        { "R4.5.1", "2022-05-01" },
        { "R04.05.01", "2022-05-01" },
        { "R4/5/1", "2022-05-01" },
        { "r4.5.1", "2022-05-01" },
        { "Ｒ４．５．１", "2022-05-01" },
        { "Ｒ４／５／１", "2022-05-01" },
        { "㋿4年5月1日", "2022-05-01" },
        { "令和４年５月１日", "2022-05-01" },
        { "令和四年五月一日", "2022-05-01" },
        { "令和十二年十二月三十一日", "2030-12-31" },
        { " 令和 4 年 5 月 1 日　", "2022-05-01" },
        { "2022年5月1日", "2022-05-01" },
        { "２０２２年５月１日", "2022-05-01" },
        { "2022/5/1", "2022-05-01" },
        { "2022.05.01", "2022-05-01" },
        { "平成31年4月30日", "2019-04-30" },
        { "平成元年1月8日", "1989-01-08" },
        { "昭和64年1月7日", "1989-01-07" },
        { "大正15年12月24日", "1926-12-24" },
        { "昭和元年12月25日", "1926-12-25" },
        { "平成12年2月29日", "2000-02-29" },
        { "明治6年1月1日", "1873-01-01" },
        { "M6.1.1", "1873-01-01" },
        { "1873年1月1日", "1873-01-01" },
        { "9999年12月31日", "9999-12-31" },
    };

    public static TheoryData<string, int, string> InvalidInputs => new()
    {
        { "", 0, Messages.Empty },
        { "本日", 0, Messages.ExpectedEraOrYear },
        { "元年5月1日", 0, Messages.GannenOnlyForEra },
        { "令和0年5月1日", 2, Messages.Format(Messages.EraYearZero, "令和") },
        { "R4-5-1", 2, Messages.ExpectedYearSeparator },
        { "令和4", 3, Messages.ExpectedYearSeparator },
        { "令和4年13月1日", 4, Messages.ExpectedMonth },
        { "令和4年0月1日", 4, Messages.ExpectedMonth },
        { "令和4年月1日", 4, Messages.ExpectedMonth },
        { "令和4年5日", 5, Messages.Format(Messages.ExpectedDateSeparator, '月') },
        { "令和4年5月", 6, Messages.ExpectedDay },
        { "令和4年5月0日", 6, Messages.ExpectedDay },
        { "令和4年5-1日", 5, Messages.Format(Messages.ExpectedDateSeparator, '月') },
        { "令和4年5月1", 7, Messages.Format(Messages.ExpectedDateSeparator, '日') },
        { "R4.5/1", 4, Messages.Format(Messages.ExpectedDateSeparator, '.') },
        { "令和4年5月1日です", 8, Messages.Format(Messages.TrailingText, "です") },
        { "令和4年2月30日", 6, Messages.Format(Messages.DayOutOfRange, 30, "2022-02", 28) },
        { "令和6年2月30日", 6, Messages.Format(Messages.DayOutOfRange, 30, "2024-02", 29) },
        { "R5.2.29", 5, Messages.Format(Messages.DayOutOfRange, 29, "2023-02", 28) },
        { "令和4年4月31日", 6, Messages.Format(Messages.DayOutOfRange, 31, "2022-04", 30) },
        { "明治5年12月2日", 0, Messages.Format(Messages.DateBeforeGregorian, "1873-01-01") },
        { "1872年12月31日", 0, Messages.Format(Messages.DateBeforeGregorian, "1873-01-01") },
        { "10000年1月1日", 0, Messages.Format(Messages.YearAfterMaximum, 10000, 9999) },
        { "令和元年4月30日", 0, "令和 began on 2019-05-01; did you mean 平成31年4月30日?" },
        { "R1.4.1", 0, "令和 began on 2019-05-01; did you mean 平成31年4月1日?" },
        { "大正元年7月29日", 0, "大正 began on 1912-07-30; did you mean 明治45年7月29日?" },
    };

    public static TheoryData<string, string, string> PastTheEndDates => new()
    {
        { "平成31年5月1日", "2019-05-01", "平成 ended on 2019-04-30; did you mean 令和元年5月1日?" },
        { "H32.1.1", "2020-01-01", "平成 ended on 2019-04-30; did you mean 令和2年1月1日?" },
        { "昭和64年1月8日", "1989-01-08", "昭和 ended on 1989-01-07; did you mean 平成元年1月8日?" },
        { "明治45年7月30日", "1912-07-30", "明治 ended on 1912-07-29; did you mean 大正元年7月30日?" },
    };

    public static TheoryData<string, string?, string> Formatted => new()
    {
        { "2022-05-01", null, "令和4年5月1日" },
        { "2022-05-01", "G", "令和4年5月1日" },
        { "2022-05-01", "A", "R4.5.1" },
        { "2022-05-01", "N", "令和4年5月1日" },
        { "2022-05-01", "S", "㋿4年5月1日" },
        { "2022-05-01", "Y", "2022年5月1日" },
        { "2019-05-01", "G", "令和元年5月1日" },
        { "2019-05-01", "A", "R1.5.1" },
        { "2019-05-01", "N", "令和1年5月1日" },
        { "2019-04-30", "G", "平成31年4月30日" },
        { "2019-04-30", "A", "H31.4.30" },
        { "1989-01-07", "G", "昭和64年1月7日" },
        { "1873-01-01", "G", "明治6年1月1日" },
        { "2030-12-31", "A", "R12.12.31" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Parse_ValidDate_ReturnsTheIsoDate(string text, string expected)
    {
        var result = JapaneseDatePattern.Strict.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(IsoDates.Parse(expected), result.Value);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Parse_InvalidDate_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var strict = JapaneseDatePattern.Strict.Parse(text);
        var lenient = JapaneseDatePattern.Lenient.Parse(text);

        Assert.False(strict.Success);
        Assert.Equal(message, strict.Message);
        Assert.Equal(position, strict.Position);
        Assert.False(lenient.Success);
        Assert.Equal(message, lenient.Message);
    }

    [Theory]
    [MemberData(nameof(PastTheEndDates))]
    public void Parse_StrictDatePastTheEraEnd_FailsNamingTheRealDate(string text, string date, string message)
    {
        var result = JapaneseDatePattern.Strict.Parse(text);

        Assert.False(result.Success, date);
        Assert.Equal(message, result.Message);
        Assert.Equal(0, result.Position);
    }

    [Theory]
    [MemberData(nameof(PastTheEndDates))]
    public void Parse_LenientDatePastTheEraEnd_ReturnsTheDateWithAWarning(string text, string date, string warning)
    {
        var result = JapaneseDatePattern.Lenient.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(IsoDates.Parse(date), result.Value);
        Assert.Equal([warning], result.Warnings);
    }

    [Theory]
    [MemberData(nameof(Formatted))]
    public void Format_WritesTheExpectedText(string date, string? format, string expected)
    {
        Assert.Equal(expected, JapaneseDatePattern.Strict.Format(IsoDates.Parse(date), format));
        Assert.Equal(IsoDates.Parse(date), JapaneseDatePattern.Strict.Parse(expected).Value);
    }

    [Fact]
    public void Format_NonIsoDate_IsConverted() =>
        Assert.Equal("令和元年5月1日", JapaneseDatePattern.Strict.Format(new LocalDate(2019, 5, 1).WithCalendar(CalendarSystem.Julian)));

    [Fact]
    public void Format_DateBeforeGregorianCalendar_ThrowsNamingTheLunisolarCalendar()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseDatePattern.Strict.Format(new LocalDate(1872, 12, 31)));

        Assert.StartsWith(Messages.Format(Messages.DateBeforeGregorian, "1873-01-01"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_UnknownFormat_Throws() =>
        Assert.Throws<FormatException>(() => JapaneseDatePattern.Strict.Format(new LocalDate(2022, 5, 1), "yyyy"));

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => JapaneseDatePattern.Strict.Parse(null!));

    [Fact]
    public void Pattern_WithEras_KeepsStrictness()
    {
        var registry = JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1)));

        Assert.True(JapaneseDatePattern.Lenient.WithEras(registry).IsLenient);
        Assert.False(JapaneseDatePattern.Strict.WithEras(registry).IsLenient);
        Assert.Same(registry, JapaneseDatePattern.Strict.WithEras(registry).Eras);
    }
}
