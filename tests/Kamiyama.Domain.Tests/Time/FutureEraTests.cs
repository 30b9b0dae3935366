using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>改元: registering an era proclaimed after this library was released, without a new release.</summary>
public sealed class FutureEraTests
{
    private static readonly JapaneseEraRegistry Registry =
        JapaneseEraRegistry.Default.Add(new JapaneseEra("新元号", "Shingengo", 'X', null, new LocalDate(2040, 1, 1)));

    [Fact]
    public void Format_FiscalYearOfTheNewEra_IsNamedInIt()
    {
        var fiscalYear = new FiscalYear(2040);

        Assert.Equal("新元号元年度", fiscalYear.ToString(null, Registry));
        Assert.Equal("X1年度", fiscalYear.ToString("A", Registry));
        Assert.Equal("新元号1年度", fiscalYear.ToString("S", Registry));
        Assert.Equal("新元号2年度", FiscalYearPattern.Strict.WithEras(Registry).Format(fiscalYear.Next, "N"));
        Assert.Equal("令和21年度", fiscalYear.Previous.ToString(null, Registry));
        Assert.Equal("新元号", Registry.EraOf(fiscalYear).Name);
    }

    [Fact]
    public void Parse_NewEraLabels_ReturnTheirFiscalYears()
    {
        var pattern = FiscalYearPattern.Strict.WithEras(Registry);

        Assert.Equal(new FiscalYear(2040), pattern.Parse("新元号元年度").Value);
        Assert.Equal(new FiscalYear(2041), pattern.Parse("x2年度").Value);
        Assert.Equal(new FiscalYear(2039), pattern.Parse("令和21年度").Value);
        Assert.Equal(new FiscalYear(2040), Parse<FiscalYear>("新元号元年度", Registry));
    }

    [Fact]
    public void Parse_OldEraCountedIntoTheNewEra_IsRejectedNamingTheNewEra()
    {
        var result = FiscalYearPattern.Strict.WithEras(Registry).Parse("令和22年度");

        Assert.False(result.Success);
        Assert.Equal("令和 ended on 2039-12-31; did you mean 新元号元年度?", result.Message);
        Assert.False(TryParse<FiscalYear>("令和22年度", Registry));
    }

    [Fact]
    public void Parse_LenientOldEraCountedIntoTheNewEra_IsAcceptedWithAWarning()
    {
        var result = FiscalYearPattern.Lenient.WithEras(Registry).Parse("令和22年度");

        Assert.Equal(new FiscalYear(2040), result.Value);
        Assert.Equal(["令和 ended on 2039-12-31; did you mean 新元号元年度?"], result.Warnings);
    }

    [Fact]
    public void Default_IsUnaffectedByTheNewEra()
    {
        Assert.Equal("令和22年度", new FiscalYear(2040).ToString());
        Assert.Equal(new FiscalYear(2040), FiscalYear.Parse("令和22年度"));
        Assert.False(FiscalYear.TryParse("新元号元年度", out _));
        Assert.Equal("令和", new FiscalYear(2040).Era.Name);
    }

    [Fact]
    public void Dates_InTheNewEra_AreNamedInItAndTheOldEraEnds()
    {
        var pattern = JapaneseDatePattern.Strict.WithEras(Registry);

        Assert.Equal("新元号元年1月1日", pattern.Format(new LocalDate(2040, 1, 1)));
        Assert.Equal("令和21年12月31日", pattern.Format(new LocalDate(2039, 12, 31)));
        Assert.Equal("X1.1.1", pattern.Format(new LocalDate(2040, 1, 1), "A"));
        Assert.Equal(new LocalDate(2040, 1, 1), pattern.Parse("新元号元年1月1日").Value);
        Assert.Equal("令和 ended on 2039-12-31; did you mean 新元号元年1月1日?", pattern.Parse("令和22年1月1日").Message);
        Assert.Equal(new LocalDate(2040, 1, 1), JapaneseDatePattern.Strict.Parse("令和22年1月1日").Value);
    }

    private static T Parse<T>(string text, IFormatProvider provider)
        where T : IParsable<T> => T.Parse(text, provider);

    private static bool TryParse<T>(string text, IFormatProvider provider)
        where T : IParsable<T> => T.TryParse(text, provider, out _);
}
