using System.Globalization;
using BenchmarkDotNet.Attributes;
using Kamiyama.Domain.Time;

namespace Kamiyama.Benchmarks;

/// <summary>
/// Parsing and formatting 年度 against the cheapest possible baseline, int.Parse of the Gregorian year: the cost of
/// reading era names, full-width letters and kanji numerals, and whether any of it allocates.
/// </summary>
[MemoryDiagnoser]
public class FiscalYearBenchmarks
{
    private readonly FiscalYear _fiscalYear = new(2022);
    private readonly char[] _buffer = new char[16];

    [Benchmark(Baseline = true)]
    public int IntParseGregorianYear() => int.Parse("2022", NumberStyles.None, CultureInfo.InvariantCulture);

    [Benchmark]
    public FiscalYear ParseGregorian() => FiscalYear.Parse("2022年度");

    [Benchmark]
    public FiscalYear ParseEraName() => FiscalYear.Parse("令和4年度");

    [Benchmark]
    public FiscalYear ParseFullWidthAbbreviation() => FiscalYear.Parse("Ｒ４年度");

    [Benchmark]
    public FiscalYear ParseKanjiNumerals() => FiscalYear.Parse("令和十二年度");

    [Benchmark]
    public bool TryParseInvalid() => FiscalYear.TryParse("平成32年度", out _);

    [Benchmark]
    public string Format() => _fiscalYear.ToString();

    [Benchmark]
    public int TryFormat() => _fiscalYear.TryFormat(_buffer, out var written, "A", null) ? written : -1;
}
