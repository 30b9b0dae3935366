using System.Globalization;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Values;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>
/// The JSON reader applies the published text's rules to number cells: exact values only (exponent notation when the
/// value is held exactly), units of the same shape, each refusal a located KRD004 with the JSON path.
/// </summary>
public class JsonNumberCellTests
{
    private const string Target = "\"value\": 17";
    private const string TargetUnit = "\"unit\": \"団体\"";
    private const string Budget = "\"budget\": 5300000";
    private const string Planned = "\"planned\": 0.5";

    private const string TargetPath = "$.sheets[0].outcomes[0].target.value";
    private const string UnitPath = "$.sheets[0].outcomes[0].target.unit";
    private const string BudgetPath = "$.sheets[1].cost.budget";
    private const string PlannedPath = "$.sheets[1].staff.planned";

    /// <summary>A property replaced with a new value; the expected path, and the detail of the error (null: it reads).</summary>
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { Target, "1e-400", TargetPath, Unreadable("1e-400", Messages.NumberNotExact) },
        { Target, "1e400", TargetPath, OutOfRange("1e400") },
        { Target, "-1E+400", TargetPath, OutOfRange("-1E+400") },
        { Target, NumberCellTests.Scale30, TargetPath, Unreadable(NumberCellTests.Scale30, Messages.NumberNotExact) },
        { Target, NumberCellTests.Mantissa30, TargetPath, Unreadable(NumberCellTests.Mantissa30, Messages.NumberNotExact) },
        { Target, "1.5e-28", TargetPath, Unreadable("1.5e-28", Messages.NumberNotExact) },
        { Target, "79228162514264337593543950336", TargetPath, OutOfRange("79228162514264337593543950336") },
        { Target, "0e-29", TargetPath, Unreadable("0e-29", Messages.NumberNotExact) },
        { Target, "1e99999999999999999999", TargetPath, OutOfRange("1e99999999999999999999") },
        { Budget, "1e400", BudgetPath, OutOfRange("1e400") },
        { Budget, "1e-400", BudgetPath, Unreadable("1e-400", Messages.NumberNotExact) },
        { Budget, "1e19", BudgetPath, OutOfRange("1e19") },
        { Planned, "1e-400", PlannedPath, Unreadable("1e-400", Messages.NumberNotExact) },
        { Planned, NumberCellTests.Scale30, PlannedPath, Unreadable(NumberCellTests.Scale30, Messages.NumberNotExact) },
        { Planned, "1e400", PlannedPath, OutOfRange("1e400") },
        { TargetUnit, "%%", UnitPath, NotAUnit("%%") },
        { TargetUnit, ".3 %", UnitPath, NotAUnit(".3 %") },
        { TargetUnit, "e400 %", UnitPath, NotAUnit("e400 %") },
        { TargetUnit, "x12 %", UnitPath, NotAUnit("x12 %") },
        { TargetUnit, "団 体", UnitPath, NotAUnit("団 体") },
        { TargetUnit, "1団体", UnitPath, Format(JsonMessages.InvalidUnit, "1団体", Messages.UnitStartsWithDigit) },
    };

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private static string Unreadable(string raw, string detail) => Format(JsonMessages.UnreadableNumber, raw, detail);

    private static string OutOfRange(string raw) => Format(JsonMessages.NumberOutOfRange, raw);

    private static string NotAUnit(string unit) => Format(JsonMessages.InvalidUnit, unit, Messages.Format(Messages.NotAUnit, unit));

    /// <summary>The document with a property's value replaced, and the 1-based line and column of the new value.</summary>
    private static (string Json, int Line, int Column) With(string property, string value)
    {
        var name = property[..(property.IndexOf(':', StringComparison.Ordinal) + 2)];
        var written = property == TargetUnit ? "\"" + value + "\"" : value;
        var json = JsonInputs.With(property, name + written);
        var at = JsonInputs.Valid.IndexOf(property, StringComparison.Ordinal) + name.Length;
        var line = json.AsSpan(0, at).Count('\n') + 1;
        var column = at - json.LastIndexOf('\n', at - 1);
        return (json, line, column);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Read_NumberOrUnitTheModelCannotHold_OneLocatedError(string property, string value, string path, string detail)
    {
        var (json, line, column) = With(property, value);

        var result = JsonSheetSource.FromString(json, "cells.json").Read();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(
            new Diagnostic(ReaderDiagnosticCodes.Malformed, DiagnosticSeverity.Error, path + ": " + detail, new SourcePosition("cells.json", line, column), DiagnosticOrigin.Reader),
            diagnostic);
        var exception = Assert.ThrowsAny<System.Text.Json.JsonException>(() => EvaluationJson.Deserialize(json));
        Assert.Equal($"{path}: {detail} (line {line}, column {column})", exception.Message);
    }

    /// <summary>The text's misread forms are not JSON numbers at all: a syntax error on the value's line, never a number.</summary>
    [Theory]
    [InlineData("1.2.3")]
    [InlineData("0x12")]
    [InlineData("1,2,3")]
    [InlineData("12,34")]
    [InlineData("017")]
    [InlineData("1.")]
    [InlineData("1e")]
    public void Read_TextOnlyNumberForms_AreNotJson(string value)
    {
        var (json, line, _) = With(Target, value);

        var result = JsonSheetSource.FromString(json, "cells.json").Read();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ReaderDiagnosticCodes.Malformed, diagnostic.Code);
        Assert.Equal(line, diagnostic.Position!.Value.Line);
        Assert.Empty(result.Document.Sheets);
    }

    [Theory]
    [InlineData("1.5e1", "15")]
    [InlineData("1.50e1", "15.0")]
    [InlineData("25e-2", "0.25")]
    [InlineData("1E+2", "100")]
    [InlineData("17.0", "17.0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("0e400", "0")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335e28", "79228162514264337593543950335")]
    public void Read_ExponentOrPlain_ExactValueWithTheScaleOfThePlainText(string value, string expected)
    {
        var document = EvaluationJson.Deserialize(With(Target, value).Json);

        var quantity = Assert.IsType<IndicatorValue.Quantity>(document.MeasureSheets.First().Outcomes[0].Target);
        Assert.Equal(expected, quantity.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(IndicatorValue.Read(expected).Value, quantity with { Unit = Unit.None });
    }

    [Theory]
    [InlineData("5.3e6", 5_300_000L)]
    [InlineData("53e5", 5_300_000L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Read_MoneyInExponentNotation_ReadsExactYen(string value, long yen) =>
        Assert.Equal(Figure<Money>.Of(new Money(yen)), EvaluationJson.Deserialize(With(Budget, value).Json).ProjectSheets.First().Cost.Budget);

    [Theory]
    [InlineData("5e-1", "0.5")]
    [InlineData("0.50", "0.50")]
    public void Read_PersonYears_KeepTheScaleOfThePlainText(string value, string expected) =>
        Assert.Equal(expected, EvaluationJson.Deserialize(With(Planned, value).Json).ProjectSheets.First().Staff.Planned.Value.ToString());
}
