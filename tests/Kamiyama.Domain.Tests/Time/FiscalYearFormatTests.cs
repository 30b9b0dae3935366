using System.Globalization;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>Writing 年度: G 令和4年度, A R4年度, N 令和1年度, S ㋿4年度, Y 2022年度.</summary>
public sealed class FiscalYearFormatTests
{
    public static readonly TheoryData<string> Formats = ["G", "A", "N", "S", "Y"];

    public static TheoryData<int, string?, string> Formatted => new()
    {
        { 2022, null, "令和4年度" },
        { 2022, "", "令和4年度" },
        { 2022, "G", "令和4年度" },
        { 2022, "A", "R4年度" },
        { 2022, "N", "令和4年度" },
        { 2022, "S", "㋿4年度" },
        { 2022, "Y", "2022年度" },
        { 2019, "G", "令和元年度" },
        { 2019, "A", "R1年度" },
        { 2019, "N", "令和1年度" },
        { 2019, "S", "㋿1年度" },
        { 2018, "G", "平成30年度" },
        { 2018, "S", "㍻30年度" },
        { 1989, "G", "平成元年度" },
        { 1988, "G", "昭和63年度" },
        { 1988, "A", "S63年度" },
        { 1926, "G", "昭和元年度" },
        { 1925, "G", "大正14年度" },
        { 1912, "G", "大正元年度" },
        { 1911, "G", "明治44年度" },
        { 1886, "G", "明治19年度" },
        { 1886, "A", "M19年度" },
        { 1886, "S", "㍾19年度" },
        { 1886, "Y", "1886年度" },
        { 9998, "G", "令和7980年度" },
    };

    [Theory]
    [MemberData(nameof(Formatted))]
    public void Format_WritesTheExpectedLabel(int startYear, string? format, string expected)
    {
        var fiscalYear = new FiscalYear(startYear);

        Assert.Equal(expected, fiscalYear.ToString(format, null));
        Assert.Equal(expected, FiscalYearPattern.Strict.Format(fiscalYear, format));
        Assert.Equal(expected, FiscalYearPattern.Lenient.Format(fiscalYear, format));
    }

    [Theory]
    [MemberData(nameof(Formatted))]
    public void Format_ThenParse_ReturnsTheSameYear(int startYear, string? format, string formatted)
    {
        var text = new FiscalYear(startYear).ToString(format, null);

        Assert.Equal(formatted, text);
        Assert.Equal(new FiscalYear(startYear), FiscalYear.Parse(text));
    }

    [Fact]
    public void ToString_IsTheEraForm()
    {
        Assert.Equal("令和4年度", new FiscalYear(2022).ToString());
        Assert.Equal("令和元年度", new FiscalYear(2019).ToString());
    }

    [Fact]
    public void Interpolation_UsesTheFormat() =>
        Assert.Equal("R4年度 / 2022年度", string.Create(CultureInfo.InvariantCulture, $"{new FiscalYear(2022):A} / {new FiscalYear(2022):Y}"));

    [Theory]
    [InlineData("X")]
    [InlineData("g")]
    [InlineData("GG")]
    [InlineData("yyyy")]
    public void Format_UnknownFormat_ThrowsNamingTheValidFormats(string format)
    {
        var expected = Messages.Format(Messages.UnknownFormat, format, "G, A, N, S, Y");

        Assert.Equal(expected, Assert.Throws<FormatException>(() => new FiscalYear(2022).ToString(format, null)).Message);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => FiscalYearPattern.Strict.Format(new FiscalYear(2022), format)).Message);
        Assert.Throws<FormatException>(() => new FiscalYear(2022).TryFormat(new char[32], out _, format, null));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TryFormat_WritesTheSameTextAsToString(string format)
    {
        var fiscalYear = new FiscalYear(2022);
        Span<char> buffer = stackalloc char[32];

        Assert.True(fiscalYear.TryFormat(buffer, out var written, format, null));
        Assert.Equal(fiscalYear.ToString(format, null), buffer[..written].ToString());
    }

    [Fact]
    public void TryFormat_DestinationTooSmall_ReturnsFalseAndWritesNothing()
    {
        Span<char> buffer = stackalloc char[4];

        Assert.False(new FiscalYear(2022).TryFormat(buffer, out var written, "G", null));
        Assert.Equal(0, written);
        Assert.True(new FiscalYear(2022).TryFormat(buffer, out written, "A", null));
        Assert.Equal("R4年度", buffer[..written].ToString());
    }

    [Fact]
    public void Format_WithARegistryAsProvider_UsesItsEras()
    {
        var registry = JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'X', null, new NodaTime.LocalDate(2040, 1, 1)));

        Assert.Equal("新元号元年度", new FiscalYear(2040).ToString(null, registry));
        Assert.Equal("新元号元年度", new FiscalYear(2040).ToString(null, new RegistryProvider(registry)));
        Assert.Equal("令和22年度", new FiscalYear(2040).ToString(null, CultureInfo.GetCultureInfo("ja-JP")));
    }

    private sealed class RegistryProvider(JapaneseEraRegistry registry) : IFormatProvider
    {
        public object? GetFormat(Type? formatType) => registry.GetFormat(formatType);
    }
}
