using System.Globalization;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>Reading 年度 as real documents write it.</summary>
public sealed class FiscalYearParseTests
{
    private const string EraLetters = "M, T, S, H, R";

    public static TheoryData<string, int> ValidInputs => new()
    {
        { "令和4年度", 2022 },
        { "令和1年度", 2019 },
        { "令和04年度", 2022 },
        { "令和４年度", 2022 },
        { "令和十二年度", 2030 },
        { "令和三十年度", 2048 },
        { "令和 4 年度", 2022 },
        { "　令和　４　年度　", 2022 },
        { "\t令和4年度\n", 2022 },
        { "R4年度", 2022 },
        { "r4年度", 2022 },
        { "Ｒ４年度", 2022 },
        { "ｒ４年度", 2022 },
        { "R 4年度", 2022 },
        { "R元年度", 2019 },
        { "㋿4年度", 2022 },
        { "㋿元年度", 2019 },
        { "H31年度", 2019 },
        { "㍻31年度", 2019 },
        { "S63年度", 1988 },
        { "2022年度", 2022 },
        { "２０２２年度", 2022 },
        { "二〇二二年度", 2022 },
        { "1886年度", 1886 },
        { "9998年度", 9998 },
        { "明治19年度", 1886 },
    };

    // Both names of a fiscal year that spans a change of era are valid: the era in force on April 1 and the new one.
    public static TheoryData<string, int> EraBoundaryLabels => new()
    {
        { "平成31年度", 2019 },
        { "令和元年度", 2019 },
        { "昭和63年度", 1988 },
        { "平成元年度", 1989 },
        { "大正15年度", 1926 },
        { "昭和元年度", 1926 },
        { "明治45年度", 1912 },
        { "大正元年度", 1912 },
    };

    public static TheoryData<string, int, string> InvalidInputs => new()
    {
        { "", 0, Messages.Empty },
        { "   ", 0, Messages.Empty },
        { "年度", 0, Messages.ExpectedEraOrYear },
        { "FY2022", 0, Messages.Format(Messages.UnknownEraAbbreviation, 'F', EraLetters) },
        { "X4年度", 0, Messages.Format(Messages.UnknownEraAbbreviation, 'X', EraLetters) },
        { "令和年度", 2, Messages.Format(Messages.ExpectedEraYear, "令和") },
        { "Ｒ年度", 1, Messages.Format(Messages.ExpectedEraYear, "Ｒ") },
        { "令和0年度", 2, Messages.Format(Messages.EraYearZero, "令和") },
        { "令和 〇年度", 3, Messages.Format(Messages.EraYearZero, "令和") },
        { "元年度", 0, Messages.GannenOnlyForEra },
        { "令和4年", 3, Messages.Format(Messages.CalendarYearNotFiscalYear, "令和4") },
        { "２０２２年", 4, Messages.Format(Messages.CalendarYearNotFiscalYear, "２０２２") },
        { "令和4年5月1日", 3, Messages.Format(Messages.CalendarYearNotFiscalYear, "令和4") },
        { "令和4", 3, Messages.ExpectedFiscalYearSuffix },
        { "令和4度", 3, Messages.ExpectedFiscalYearSuffix },
        { "令和4年度です", 5, Messages.Format(Messages.TrailingText, "です") },
        { "令和4年度 R5年度", 6, Messages.Format(Messages.TrailingText, "R5年度") },
        { "1885年度", 0, Messages.Format(Messages.FiscalYearOutOfRange, 1885, 1886, 9998) },
        { "9999年度", 0, Messages.Format(Messages.FiscalYearOutOfRange, 9999, 1886, 9998) },
        { "明治18年度", 0, Messages.Format(Messages.FiscalYearOutOfRange, 1885, 1886, 9998) },
        { "　令和9999年度", 1, Messages.Format(Messages.FiscalYearOutOfRange, 12017, 1886, 9998) },
        { "令和2147483647年度", 0, Messages.Format(Messages.FiscalYearOutOfRange, 2147485665L, 1886, 9998) },
    };

    // Labels counted past the era's end: the fiscal year they count to starts after the era ended.
    public static TheoryData<string, int, string> PastTheEndLabels => new()
    {
        { "平成32年度", 2020, "平成 ended on 2019-04-30; did you mean 令和2年度?" },
        { "H32年度", 2020, "平成 ended on 2019-04-30; did you mean 令和2年度?" },
        { "平成33年度", 2021, "平成 ended on 2019-04-30; did you mean 令和3年度?" },
        { "昭和64年度", 1989, "昭和 ended on 1989-01-07; did you mean 平成元年度?" },
        { "大正16年度", 1927, "大正 ended on 1926-12-24; did you mean 昭和2年度?" },
        { "明治46年度", 1913, "明治 ended on 1912-07-29; did you mean 大正2年度?" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    [MemberData(nameof(EraBoundaryLabels))]
    public void Parse_ValidLabel_ReturnsTheFiscalYearStartingThatYear(string text, int startYear)
    {
        var result = FiscalYearPattern.Strict.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(startYear, result.Value.StartYear);
        Assert.Empty(result.Warnings);
        Assert.Equal(new FiscalYear(startYear), FiscalYear.Parse(text));
    }

    [Fact]
    public void Parse_FullWidthDigits_ReturnsSameYear() =>
        Assert.Equal(FiscalYear.Parse("令和4年度"), FiscalYear.Parse("令和４年度"));

    [Fact]
    public void Parse_KanjiNumerals_ReturnsSameYear() =>
        Assert.Equal(FiscalYear.Parse("令和12年度"), FiscalYear.Parse("令和十二年度"));

    [Fact]
    public void Parse_BothNamesOfFiscalYear2019_AreTheSameYear() =>
        Assert.Equal(FiscalYear.Parse("平成31年度"), FiscalYear.Parse("令和元年度"));

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Parse_InvalidText_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = FiscalYearPattern.Strict.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
        Assert.Equal(text, result.Input);
    }

    [Theory]
    [MemberData(nameof(PastTheEndLabels))]
    public void Parse_StrictLabelPastTheEraEnd_FailsNamingTheRealYear(string text, int startYear, string message)
    {
        var result = FiscalYearPattern.Strict.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(message, result.Message);
        Assert.Equal(0, result.Position);
        Assert.False(FiscalYear.TryParse(text, out _), startYear.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(PastTheEndLabels))]
    public void Parse_LenientLabelPastTheEraEnd_ReturnsTheYearItCountsToWithAWarning(string text, int startYear, string warning)
    {
        var result = FiscalYearPattern.Lenient.Parse(text);

        Assert.True(result.Success, result.Message);
        Assert.Equal(startYear, result.Value.StartYear);
        Assert.Equal([warning], result.Warnings);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Parse_LenientInvalidText_StillFails(string text, int position, string message)
    {
        var result = FiscalYearPattern.Lenient.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(message, result.Message);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Pattern_StrictAndLenient_AreDistinguishable()
    {
        Assert.False(FiscalYearPattern.Strict.IsLenient);
        Assert.True(FiscalYearPattern.Lenient.IsLenient);
        Assert.Same(JapaneseEraRegistry.Default, FiscalYearPattern.Strict.Eras);
        Assert.Same(FiscalYearPattern.Strict, FiscalYearPattern.Strict.WithEras(JapaneseEraRegistry.Default));
    }

    [Fact]
    public void Parse_Invalid_ThrowsUnparsableValueExceptionWithInputAndPosition()
    {
        var exception = Assert.Throws<UnparsableValueException>(() => FiscalYear.Parse("令和4年"));

        Assert.Equal("令和4年", exception.Input);
        Assert.Equal(3, exception.Position);
        Assert.Equal(Messages.Format(Messages.CalendarYearNotFiscalYear, "令和4"), exception.Detail);
        Assert.Equal(typeof(FiscalYear), exception.TargetType);
        Assert.Equal(Messages.Format(Messages.UnparsableValue, "令和4年", "FiscalYear", 3, exception.Detail), exception.Message);
    }

    [Fact]
    public void Parse_Span_ThrowsTheSameException()
    {
        var exception = Assert.Throws<UnparsableValueException>(() => FiscalYear.Parse("平成32年度".AsSpan()));

        Assert.Equal("平成32年度", exception.Input);
        Assert.Equal("平成 ended on 2019-04-30; did you mean 令和2年度?", exception.Detail);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FiscalYear.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => FiscalYearPattern.Strict.Parse(null!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("令和4年")]
    [InlineData("平成32年度")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(FiscalYear.TryParse(text, out var result));
        Assert.Equal(default, result);
        Assert.False(FiscalYear.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void TryParse_Valid_ReturnsTrueAndTheYear()
    {
        Assert.True(FiscalYear.TryParse("令和4年度", out var result));
        Assert.Equal(new FiscalYear(2022), result);
        Assert.True(FiscalYear.TryParse("Ｒ４年度".AsSpan(), out result));
        Assert.Equal(new FiscalYear(2022), result);
        Assert.Equal(new FiscalYear(2022), FiscalYear.Parse("㋿４年度".AsSpan()));
    }

    [Fact]
    public void ParseAsIParsable_WithCultureProvider_UsesBuiltInEras()
    {
        Assert.Equal(new FiscalYear(2022), ParseGeneric<FiscalYear>("令和4年度", CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal(new FiscalYear(2022), ParseSpanGeneric<FiscalYear>("R4年度", null));
        Assert.Throws<UnparsableValueException>(() => ParseGeneric<FiscalYear>("令和4年", null));
        Assert.Throws<UnparsableValueException>(() => ParseSpanGeneric<FiscalYear>("令和4年", null));
        Assert.False(TryParseGeneric<FiscalYear>(null, null));
        Assert.True(TryParseGeneric<FiscalYear>("R4年度", CultureInfo.InvariantCulture));
        Assert.True(TryParseSpanGeneric<FiscalYear>("R4年度", CultureInfo.InvariantCulture));
    }

    private static T ParseGeneric<T>(string text, IFormatProvider? provider)
        where T : IParsable<T> => T.Parse(text, provider);

    private static T ParseSpanGeneric<T>(string text, IFormatProvider? provider)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), provider);

    private static bool TryParseGeneric<T>(string? text, IFormatProvider? provider)
        where T : IParsable<T> => T.TryParse(text, provider, out _);

    private static bool TryParseSpanGeneric<T>(string text, IFormatProvider? provider)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), provider, out _);
}
