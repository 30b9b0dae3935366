using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Text;

/// <summary>
/// Number cells as properties: every decimal the model holds is written and read back equal with its scale; random cells
/// of digits, separators, points and letters are refused or read to the value an independent oracle computes.
/// </summary>
public partial class NumberTextPropertyTests
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    /// <summary>Any decimal: a 96-bit mantissa, small ones more often, with any scale 0–28 and either sign.</summary>
    private static readonly Gen<decimal> AnyDecimal =
        from lo in Gen.UInt
        from mid in Gen.Frequency((2, Gen.Const(0u)), (1, Gen.UInt))
        from hi in Gen.Frequency((3, Gen.Const(0u)), (1, Gen.UInt))
        from negative in Gen.Bool
        from scale in Gen.Byte[0, 28]
        select new decimal((int)lo, (int)mid, (int)hi, negative, scale);

    private static void AssertSame(decimal expected, decimal actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Scale, actual.Scale);
    }

    [Fact]
    public void Format_AnyDecimal_ReadsBackEqualWithTheSameScale() =>
        Gen.Select(AnyDecimal, Gen.Bool).Sample(
            (value, triangle) =>
            {
                var text = NumberText.Format(value, triangle);
                var position = 0;

                Assert.Null(NumberText.TryRead(text, ref position, out var read));
                Assert.Equal(text.Length, position);
                AssertSame(value, read);
            },
            iter: 20_000);

    [Fact]
    public void QuantityToString_AnyDecimalAndKnownUnit_ReadsBackEqualWithTheSameScale()
    {
        var units = Unit.Known.Append(Unit.None).ToArray();
        Gen.Select(AnyDecimal, Gen.Int[0, units.Length - 1]).Sample(
            (value, unit) =>
            {
                var quantity = new IndicatorValue.Quantity(value, units[unit]);

                var read = Assert.IsType<IndicatorValue.Quantity>(IndicatorValue.Read(quantity.ToString()).Value);

                Assert.Equal(quantity, read);
                AssertSame(value, read.Value);
            },
            iter: 5_000);
    }

    [Fact]
    public void MoneyAndPersonYears_AnyValue_ReadBackEqual()
    {
        Gen.Long.Sample(yen =>
        {
            var money = new Money(yen);
            Assert.Equal(money, Money.ReadThousandYen(money.ToString("K", null)).Value);
            Assert.Equal(money, Money.Parse(money.ToString()));
            Assert.Equal(money, Money.Parse(money.ToString("Y", null)));
        });
        AnyDecimal.Select(Math.Abs).Sample(value =>
        {
            var read = PersonYears.Read(new PersonYears(value).ToString()).Value;
            AssertSame(value, read.Value);
        });
    }

    [Fact]
    public void Writers_AnyDecimal_BothFormatsReadBackEqualWithTheSameScale()
    {
        var measure = Sample.MeasureSheets.First();
        var project = Sample.ProjectSheets.First();
        Gen.Select(AnyDecimal, Gen.OneOf(Unit.Known.Append(Unit.None).ToArray()), AnyDecimal.Select(Math.Abs)).Sample(
            (value, unit, staff) =>
            {
                var outcome = measure.Outcomes[0] with { Target = IndicatorValue.Of(value, unit) };
                var sheets = Sample.Sheets
                    .Select(s => s == measure ? measure with { Outcomes = [outcome, .. measure.Outcomes.Skip(1)] }
                        : s == project ? project with { Staff = project.Staff with { Planned = new PersonYears(staff) } }
                        : s)
                    .ToList();
                var document = new EvaluationDocument(Sample.FiscalYear, sheets, Sample.Plan.Name);

                var fromText = TextSheetSource.FromString(TextLayoutWriter.Write(document), "again.txt").Read().Document;
                var fromJson = EvaluationJson.Deserialize(EvaluationJson.Serialize(document));

                foreach (var read in new[] { fromText, fromJson })
                {
                    var target = Assert.IsType<IndicatorValue.Quantity>(read.MeasureSheets.First().Outcomes[0].Target);
                    AssertSame(value, target.Value);
                    Assert.Equal(unit, target.Unit);
                    AssertSame(staff, read.ProjectSheets.First().Staff.Planned.Value.Value);
                }
            },
            iter: 150);
    }

    /// <summary>Numbers as sheets write them, grouped or not, near the limits of a decimal, with a unit or none.</summary>
    private static readonly Gen<string> WellFormed =
        from sign in Gen.OneOf("", "△")
        from first in Gen.Int[1, 999]
        from groups in Gen.Int[0, 999].Array[0, 10]
        from grouped in Gen.Bool
        from fraction in Gen.Char['0', '9'].Array[0, 30]
        from unit in Gen.OneOf("", "%", " %", "人", " 人", "e", "%%")
        select sign + string.Join(grouped ? "," : string.Empty, [first.ToString(CultureInfo.InvariantCulture), .. groups.Select(g => g.ToString("000", CultureInfo.InvariantCulture))])
            + (fraction.Length > 0 ? "." + new string(fraction) : string.Empty) + unit;

    /// <summary>Cells from an alphabet that can form every case: digits (also full-width), separators, points, a sign, letters, a symbol, spaces.</summary>
    internal static readonly Gen<string> Cells =
        Gen.OneOf(
            Gen.Frequency((8, Gen.Char['0', '9']), (1, Gen.OneOf('１', '２', '０')), (2, Gen.OneOf(',', '.')), (1, Gen.OneOf('，', '．')), (1, Gen.OneOf('人', 'e', 'x', '%', ' ', '△'))).Array[1, 40].Select(chars => new string(chars)),
            Gen.Frequency((8, Gen.Char['0', '9']), (1, Gen.OneOf(',', '.')), (1, Gen.OneOf('人', '%', ' '))).Array[25, 45].Select(chars => new string(chars)),
            WellFormed);

    // The oracle's grammar, on the folded text: an optional △, digits grouped by threes or not grouped, an optional
    // fraction, and the rest (the unit) — written independently of the reader, as the README states the rules.
    [GeneratedRegex(@"^ *(?<sign>△)?(?<whole>[0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.(?<fraction>[0-9]+))? *(?<unit>.*?) *$")]
    private static partial Regex OracleGrammar();

    [GeneratedRegex("^([人ex]+|%)$")]
    private static partial Regex OracleUnit();

    /// <summary>What the cell is by the oracle: null when refused, otherwise its digits as an integer, scale, sign and unit.</summary>
    internal static (BigInteger Mantissa, int Scale, bool Negative, string Unit)? Oracle(string cell)
    {
        var folded = cell.Replace('１', '1').Replace('２', '2').Replace('０', '0').Replace('，', ',').Replace('．', '.');
        var match = OracleGrammar().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value;
        if (unit.Length > 0 && !OracleUnit().IsMatch(unit))
        {
            return null;
        }

        var whole = match.Groups["whole"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["fraction"].Value;
        var mantissa = BigInteger.Parse(whole + fraction, CultureInfo.InvariantCulture);
        return fraction.Length > 28 || mantissa > MaxMantissa
            ? null
            : (mantissa, fraction.Length, match.Groups["sign"].Success && !mantissa.IsZero, unit);
    }

    internal static decimal ToDecimal(BigInteger mantissa, int scale, bool negative)
    {
        var bytes = mantissa.ToByteArray(isUnsigned: true, isBigEndian: false);
        Array.Resize(ref bytes, 12);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, (byte)scale);
    }

    /// <summary>A 千円 cell by the oracle: no unit, a whole number of yen within a long; null when refused.</summary>
    internal static Money? OracleMoney(string cell)
    {
        if (Oracle(cell) is { Unit: "" } o && BigInteger.DivRem(o.Mantissa * 1000, BigInteger.Pow(10, o.Scale)) is var (yen, remainder) && remainder.IsZero
            && (o.Negative ? -yen : yen) is var signed && signed >= long.MinValue && signed <= long.MaxValue)
        {
            return new Money((long)signed);
        }

        return null;
    }

    [Fact]
    public void IndicatorValueRead_RandomCells_RefusedOrTheOraclesValue() =>
        Cells.Sample(
            cell =>
            {
                var result = IndicatorValue.Read(cell);
                if (string.IsNullOrWhiteSpace(cell))
                {
                    Assert.Equal(IndicatorValue.Empty, result.Value);
                    return;
                }

                var expected = Oracle(cell);
                Assert.True(expected.HasValue == result.Success, $"'{cell}': oracle {expected?.ToString() ?? "refuses"}, reader {result}");
                if (expected is { } oracle)
                {
                    var quantity = Assert.IsType<IndicatorValue.Quantity>(result.Value);
                    AssertSame(ToDecimal(oracle.Mantissa, oracle.Scale, oracle.Negative), quantity.Value);
                    Assert.Equal(oracle.Unit, quantity.Unit.Symbol);
                }
                else
                {
                    Assert.InRange(result.Position, 0, cell.Length);
                    Assert.False(string.IsNullOrEmpty(result.Message));
                }
            },
            iter: 20_000);

    [Fact]
    public void MoneyAndPersonYearsRead_RandomCells_RefusedOrTheOraclesValue() =>
        Cells.Sample(
            cell =>
            {
                var oracle = Oracle(cell);

                var expectedMoney = OracleMoney(cell);
                var money = Money.ReadThousandYen(cell);
                Assert.True(expectedMoney.HasValue == money.Success, $"'{cell}': oracle {expectedMoney?.ToString() ?? "refuses"}, reader {money}");
                if (expectedMoney is { } m)
                {
                    Assert.Equal(m, money.Value);
                }

                // 人工: no unit or 人, not negative.
                var expectedStaff = oracle is { Negative: false, Unit: "" or "人" } p ? ToDecimal(p.Mantissa, p.Scale, false) : (decimal?)null;
                var staff = PersonYears.Read(cell);
                Assert.True(expectedStaff.HasValue == staff.Success, $"'{cell}': oracle {expectedStaff?.ToString(CultureInfo.InvariantCulture) ?? "refuses"}, reader {staff}");
                if (expectedStaff is { } effort)
                {
                    AssertSame(effort, staff.Value.Value);
                }
            },
            iter: 20_000);
}
