using Kamiyama.Domain.Json;
using Kamiyama.Domain.Rules.Isolation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// The document a worker receives is the host's: every sheet equal (records compare every member), decimals with their
/// scale, strings code unit for code unit; a payload the worker cannot trust is refused whole.
/// </summary>
public sealed class DocumentCodecTests
{
    [Fact]
    public void Decode_TheSample_GivesTheSampleBack()
    {
        var sample = HostileRules.Sample;

        var decoded = DocumentCodec.Decode(DocumentCodec.Encode(sample));

        AssertSame(sample, decoded);
    }

    [Fact]
    public void Decode_AGeneratedDocument_GivesItBack()
    {
        var document = GeneratedDocument.Create(120);

        AssertSame(document, DocumentCodec.Decode(DocumentCodec.Encode(document)));
    }

    [Fact]
    public void Decode_HostileStringsAndEdgeValues_ArriveUnchanged()
    {
        var sample = HostileRules.Sample;
        var measure = sample.Sheets.OfType<MeasureSheet>().First();
        var project = sample.Sheets.OfType<ProjectSheet>().First();
        const string hostile = "\uD800 lone high, \uDC00 lone low, \0 nul, \t tab, \u001b[31m escape, 目標の実現に向けた今後の取組\n  ";
        var sheets = new Sheet[]
        {
            measure with
            {
                Reason = hostile,
                FutureActions = string.Empty,
                Department = new Department("部\t課"),
                Strategy = null,
                Unrecognized = [hostile, string.Empty],
                Outcomes =
                [
                    new Indicator(hostile, IndicatorKind.Outcome, IndicatorValue.Of(1.230m, Unit.Percent), new IndicatorValue.NotApplicable(new Unit("件/年")), new IndicatorValue.Statement(hostile), IndicatorDirection.LowerIsBetter),
                    new Indicator("x", IndicatorKind.Qualitative, IndicatorValue.Empty, IndicatorValue.Of(decimal.MaxValue, Unit.None), IndicatorValue.Of(-0.0000000001m, Unit.Person)),
                ],
            },
            project with
            {
                Account = null,
                Goal = null,
                Measures = [],
                Cost = new CostLine(Figure<Money>.NotApplicable, Figure<Money>.Of(new Money(long.MaxValue)), Figure<Money>.Blank),
                Staff = new StaffLine(Figure<PersonYears>.Of(new PersonYears(0.10m)), Figure<PersonYears>.Blank, Figure<PersonYears>.NotApplicable),
            },
        };
        var document = new EvaluationDocument(null, sheets, null);

        var decoded = DocumentCodec.Decode(DocumentCodec.Encode(document));

        AssertSame(document, decoded, json: false);
        var outcomes = ((MeasureSheet)decoded.Sheets[0]).Outcomes;
        Assert.Equal("1.230", ((IndicatorValue.Quantity)outcomes[0].Target).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(hostile, decoded.Sheets[0].Reason, StringComparer.Ordinal);
        Assert.Equal("0.10", ((ProjectSheet)decoded.Sheets[1]).Staff.Planned.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decode_EveryTruncation_IsInvalidData_NeverAnotherException()
    {
        var encoded = DocumentCodec.Encode(new EvaluationDocument(HostileRules.Sample.FiscalYear, HostileRules.Sample.Sheets.Take(3), "計画"));

        for (var length = 0; length < encoded.Length; length++)
        {
            var cut = encoded.AsSpan(0, length).ToArray();
            Assert.Throws<InvalidDataException>(() => DocumentCodec.Decode(cut));
        }
    }

    [Fact]
    public void Decode_FlippedBytes_AreInvalidDataOrAnEqualShapedDocument_NeverAnotherException()
    {
        var encoded = DocumentCodec.Encode(new EvaluationDocument(HostileRules.Sample.FiscalYear, HostileRules.Sample.Sheets.Take(2), "計画"));

        for (var at = 0; at < encoded.Length; at++)
        {
            var flipped = (byte[])encoded.Clone();
            flipped[at] ^= 0xA5;
            try
            {
                var document = DocumentCodec.Decode(flipped);
                Assert.Equal(2, document.Sheets.Count);
            }
            catch (InvalidDataException)
            {
                // Refused whole: the expected outcome for most flips.
            }
        }
    }

    [Fact]
    public void Decode_AnotherVersionsPayload_IsRefused()
    {
        var encoded = DocumentCodec.Encode(HostileRules.Sample);
        encoded[0] = 99;

        var refused = Assert.Throws<InvalidDataException>(() => DocumentCodec.Decode(encoded));

        Assert.Contains("another version", refused.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(EvaluationDocument expected, EvaluationDocument actual, bool json = true)
    {
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.Plan.Name, actual.Plan.Name);
        Assert.Equal(expected.Sheets, actual.Sheets);

        // The JSON format is the reference for what a document holds: both documents write the same JSON (where JSON can
        // hold the strings: it cannot hold a lone surrogate).
        if (json)
        {
            Assert.Equal(EvaluationJson.Serialize(expected), EvaluationJson.Serialize(actual));
        }
    }
}
