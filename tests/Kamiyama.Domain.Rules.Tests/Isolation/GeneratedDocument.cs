using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// A larger document with source positions: the sample's sheets cloned with varied indicators and reasons, written in the
/// published layout and read back, so that findings have lines and columns. Deterministic.
/// </summary>
internal static class GeneratedDocument
{
    private static readonly Unit[] Units = [Unit.Percent, Unit.Person, Unit.Case, Unit.Times];

    public static EvaluationDocument Create(int sheets)
    {
        var sample = HostileRules.Sample;
        var clones = new List<Sheet>(sheets);
        for (var i = 0; i < sheets; i++)
        {
            var template = sample.Sheets[i % sample.Sheets.Count];
            var reason = i % 3 == 0 ? "新型コロナウイルス感染症の影響により実績が目標を下回った。" : string.Empty;
            var indicators = Indicators(i, template).ToValueArray();
            clones.Add(template switch
            {
                MeasureSheet measure => measure with { Outcomes = indicators, Reason = reason },
                ProjectSheet project => project with { Activities = indicators, Reason = reason },
                _ => throw new InvalidOperationException("Unknown sheet kind."),
            });
        }

        var text = TextLayoutWriter.Write(new EvaluationDocument(sample.FiscalYear, clones, sample.Plan.Name));
        return TextSheetSource.FromString(text, "generated.txt").Read().Document;
    }

    private static IEnumerable<Indicator> Indicators(int sheet, Sheet template)
    {
        var kind = template is ProjectSheet ? IndicatorKind.Activity : IndicatorKind.Outcome;
        for (var j = 0; j < 2 + (sheet % 3); j++)
        {
            var unit = Units[(sheet + j) % Units.Length];
            var target = 90m + (((sheet * 7) + j) % 20);
            IndicatorValue actual = (((sheet * 3) + (j * 5)) % 11) switch
            {
                0 => new IndicatorValue.NotApplicable(unit),
                1 => IndicatorValue.Empty,
                2 or 5 => IndicatorValue.Of(target + 3m, unit),
                8 => IndicatorValue.Of(target * 2, Units[(sheet + j + 1) % Units.Length]),
                _ => IndicatorValue.Of(target, unit),
            };
            var next = ((sheet + j) % 4) == 0 ? target - 5m : target + 1m;
            yield return new Indicator($"指標{j + 1}", kind, IndicatorValue.Of(target, unit), actual, IndicatorValue.Of(next, unit));
        }
    }
}
