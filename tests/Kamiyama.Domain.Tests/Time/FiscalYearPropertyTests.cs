using Kamiyama.Domain.Time;
using NodaTime;

namespace Kamiyama.Domain.Tests.Time;

/// <summary>Round trips over the whole supported range, with random years, formats and ways of writing digits.</summary>
public sealed class FiscalYearPropertyTests
{
    private static readonly Gen<string> Format = Gen.OneOf("G", "A", "N", "S", "Y");
    private static readonly Gen<FiscalYear> AnyFiscalYear = Gen.Int[1886, 9998].Select(year => new FiscalYear(year));

    [Fact]
    public void FormatThenParse_AnyYearAnyFormat_ReturnsTheSameYear() =>
        Gen.Select(AnyFiscalYear, Format).Sample((fiscalYear, format) =>
            FiscalYear.Parse(fiscalYear.ToString(format, null)) == fiscalYear);

    [Fact]
    public void FormatThenParse_FullWidthAndPadded_ReturnsTheSameYear() =>
        Gen.Select(AnyFiscalYear, Format).Sample((fiscalYear, format) =>
            FiscalYear.Parse("　" + ToFullWidth(fiscalYear.ToString(format, null)) + " ") == fiscalYear);

    [Fact]
    public void TryFormat_AnyYearAnyFormat_EqualsToString() =>
        Gen.Select(AnyFiscalYear, Format).Sample((fiscalYear, format) =>
        {
            Span<char> buffer = stackalloc char[16];
            return fiscalYear.TryFormat(buffer, out var written, format, null)
                && buffer[..written].SequenceEqual(fiscalYear.ToString(format, null));
        });

    [Fact]
    public void DateFormatThenParse_AnyDateAnyFormat_ReturnsTheSameDate() =>
        Gen.Select(Gen.Int[0, new LocalDate(9999, 12, 31).DayOfYear + Period.Between(new LocalDate(1873, 1, 1), new LocalDate(9999, 1, 1), PeriodUnits.Days).Days - 1], Format)
            .Sample((days, format) =>
            {
                var date = new LocalDate(1873, 1, 1).PlusDays(days);
                return JapaneseDatePattern.Strict.Parse(JapaneseDatePattern.Strict.Format(date, format)).Value == date;
            });

    [Fact]
    public void FromDate_AnyDayOfAFiscalYear_ReturnsThatYear() =>
        Gen.Select(AnyFiscalYear, Gen.Int[0, 364]).Sample((fiscalYear, day) =>
            FiscalYear.FromDate(fiscalYear.Start.PlusDays(day)) == fiscalYear && fiscalYear.Contains(fiscalYear.Start.PlusDays(day)));

    private static string ToFullWidth(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? (char)(c + 0xFEE0) : c));
}
