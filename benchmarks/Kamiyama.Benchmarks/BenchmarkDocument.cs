using Kamiyama.Domain;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Benchmarks;

/// <summary>
/// A large document for rule benchmarks: the bundled sample's sheets cloned with varied indicators (two or three each)
/// and reasons, so that about a quarter of the indicators diverge and two sheets in three give no 理由. Deterministic.
/// </summary>
internal static class BenchmarkDocument
{
    private static readonly Unit[] Units = [Unit.Percent, Unit.Person, Unit.Case, Unit.Times];

    /// <summary>A document of <paramref name="sheets"/> sheets.</summary>
    public static EvaluationDocument Create(int sheets)
    {
        var sample = TextSheetSource.Bundled().Read().Document
            ?? throw new InvalidOperationException("The bundled sample did not read.");
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

        return new EvaluationDocument(sample.FiscalYear, clones, sample.Plan.Name);
    }

    private static IEnumerable<Indicator> Indicators(int sheet, Sheet template)
    {
        var names = template.Indicators.Where(x => x.Kind != IndicatorKind.Qualitative).Select(x => x.Name).ToList();
        var kind = template is ProjectSheet ? IndicatorKind.Activity : IndicatorKind.Outcome;
        var count = 2 + (sheet % 2);
        for (var j = 0; j < count; j++)
        {
            var unit = Units[(sheet + j) % Units.Length];
            var target = 100m + ((sheet * 7) + j) % 50;
            var selector = (sheet * 3) + (j * 5);
            IndicatorValue actual = (selector % 11) switch
            {
                0 => new IndicatorValue.NotApplicable(unit),
                1 => IndicatorValue.Empty,
                2 or 5 or 8 => IndicatorValue.Of(target + 3m, unit),
                _ => IndicatorValue.Of(target, unit),
            };
            var name = j < names.Count ? names[j] : $"指標{j + 1}";
            yield return new Indicator(name, kind, IndicatorValue.Of(target, unit), actual, IndicatorValue.Of(target + 1m, unit));
        }
    }
}
