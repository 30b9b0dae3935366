using System.Text.Json;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>
/// The published-text reader and the JSON reader over the same generated cells: the same value with the same scale and
/// unit, or both refuse. JSON writes the number as JSON may (exponents included); the text gets it written in full.
/// </summary>
public class ReadersAgreeTests
{
    private static readonly string[] SampleLines = BundledSample.ReadText().Split('\n');

    private static readonly string[] Units =
        ["", "%", "人", "団体", "ツアー", "人/日", "人（延べ）", "㎡", "m²", "℃", "%%", ".3 %", "e400 %", "x12 %", "団 体", "/人", "ー", "人-日", "1団体"];

    /// <summary>A JSON number: -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?, with runs of zeros to reach the limits.</summary>
    private static readonly Gen<(string Sign, string Whole, string Fraction, string? Exponent)> JsonNumbers =
        from sign in Gen.OneOf("", "-")
        from whole in Gen.OneOf(Gen.Const("0"), Gen.Select(Gen.Char['1', '9'], Digits(0, 32), (first, rest) => first + rest))
        from fraction in Gen.OneOf(Gen.Const(string.Empty), Digits(1, 34))
        from exponent in Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.Select(Gen.OneOf("e", "E"), Gen.OneOf("", "+", "-"), Gen.Int[0, 60], (e, s, n) => (string?)(e + s + n))))
        select (sign, whole, fraction, exponent);

    private static Gen<string> Digits(int min, int max) =>
        Gen.Frequency((3, Gen.Char['0', '9']), (1, Gen.Const('0'))).Array[min, max].Select(chars => new string(chars));

    /// <summary>The number written in full, as a sheet writes it (1.50e1 is 15.0, 1e-2 is 0.01); an oracle on strings.</summary>
    internal static string Plain(string sign, string whole, string fraction, string? exponent)
    {
        var digits = whole + fraction;
        var point = whole.Length + (exponent is null ? 0 : int.Parse(exponent[1..], System.Globalization.CultureInfo.InvariantCulture));
        var text = point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length)
            : digits[..point] + "." + digits[point..];
        return sign + text;
    }

    private static string JsonWith(string number, string unit) =>
        JsonInputs.With("\"value\": 17, \"unit\": \"団体\"", $"\"value\": {number}, \"unit\": {JsonSerializer.Serialize(unit)}");

    private static IndicatorValue? ReadJson(string json)
    {
        var result = JsonSheetSource.FromString(json, "cells.json").Read();
        return result.HasErrors ? null : result.Document.MeasureSheets.First().Outcomes[0].Target;
    }

    private static IndicatorValue? ReadText(string cell)
    {
        var lines = (string[])SampleLines.Clone();
        var cells = lines[42].Split('\t');
        cells[2] = cell;
        lines[42] = string.Join('\t', cells);
        var result = TextSheetSource.FromString(string.Join('\n', lines), "cells.txt").Read();
        return result.Diagnostics.Any(d => d.Code == ReaderDiagnosticCodes.InvalidNumber)
            ? null
            : result.Document.MeasureSheets.First().Outcomes[0].Target;
    }

    [Fact]
    public void Read_SameCellInBothReaders_SameValueScaleAndUnitOrBothRefuse()
    {
        Gen.Select(JsonNumbers, Gen.OneOf(Units)).Sample(
            (number, unit) =>
            {
                var json = number.Sign + number.Whole + (number.Fraction.Length > 0 ? "." + number.Fraction : string.Empty) + number.Exponent;
                var plain = Plain(number.Sign, number.Whole, number.Fraction, number.Exponent);
                var fromJson = ReadJson(JsonWith(json, unit));
                var fromText = ReadText(unit.Length == 0 ? plain : plain + " " + unit);

                if (fromJson is null || fromText is null)
                {
                    Assert.True(fromJson is null && fromText is null, $"{json} '{unit}': JSON {fromJson?.ToString() ?? "refused"}, text {fromText?.ToString() ?? "refused"}");
                    return;
                }

                var a = Assert.IsType<IndicatorValue.Quantity>(fromJson);
                var b = Assert.IsType<IndicatorValue.Quantity>(fromText);
                Assert.Equal(a.Value, b.Value);
                Assert.Equal(a.Value.Scale, b.Value.Scale);
                Assert.Equal(a.Unit, b.Unit);
            },
            iter: 400);
    }

    [Theory]
    [InlineData("1", "", "e400")]
    [InlineData("1", "", "e-400")]
    [InlineData("1", "5", "e1")]
    [InlineData("1", "50", "e1")]
    [InlineData("0", "", "e-29")]
    [InlineData("0", "000000000000000000000000000001", null)]
    public void Read_BoundaryCells_BothReadersAgree(string whole, string fraction, string? exponent)
    {
        var json = whole + (fraction.Length > 0 ? "." + fraction : string.Empty) + exponent;
        var plain = Plain(string.Empty, whole, fraction, exponent);

        var fromJson = ReadJson(JsonWith(json, "%"));
        var fromText = ReadText(plain + " %");

        Assert.Equal(fromJson is null, fromText is null);
        Assert.Equal(((IndicatorValue.Quantity?)fromJson)?.Value.Scale, ((IndicatorValue.Quantity?)fromText)?.Value.Scale);
        Assert.Equal(fromJson, fromText);
    }

    [Fact]
    public void Plain_WritesTheNumberInFull() =>
        Assert.Equal(["15", "15.0", "0.01", "100", "-0.25"], new[] { Plain("", "1", "5", "e1"), Plain("", "1", "50", "e1"), Plain("", "1", "", "e-2"), Plain("", "1", "", "E+2"), Plain("-", "25", "", "e-2") });
}
