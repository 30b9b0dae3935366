using System.Globalization;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>Rule files and a small document for the compiler tests.</summary>
internal static class RuleText
{
    /// <summary>
    /// A rule file whose <c>Check</c> body starts on line 13 (the body's first line is line 13 of the file).
    /// </summary>
    public static string Rule(string className, string id, string checkBody, string subject = "Indicator", string title = "A test rule", string members = "") =>
        string.Create(CultureInfo.InvariantCulture, $$"""
            // A rule written for the tests.
            public sealed class {{className}} : Rule<{{subject}}>
            {
                public override RuleDescriptor Descriptor { get; } = new()
                {
                    Id = "{{id}}", Title = "{{title}}", DefaultSeverity = DiagnosticSeverity.Error, Category = "テスト",
                    MessageFormat = "「{name}」を確認してください。",
                    Description = "Used by the tests.",
                };

                public override void Check({{subject}} subject, RuleContext context)
                {
            {{checkBody}}
                }
            {{members}}
            }
            """);

    /// <summary>The rule of the brief: a divergence between target and actual needs a reason.</summary>
    public const string ReasonRequired = """
        // rules/KMY001-reason-required.csx
        public sealed class ReasonRequired : Rule<Indicator>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "KMY001", Title = "理由の記入", DefaultSeverity = DiagnosticSeverity.Error, Category = "理由",
                MessageFormat = "「{indicator}」の実績 {actual} が目標 {target} と異なりますが、理由がありません。",
                Description = "実績が目標と異なる場合は理由を記入します。",
            };

            public override void Check(Indicator indicator, RuleContext context)
            {
                if (indicator.ActualDiffersFromTarget && context.Sheet is { HasReason: false } sheet)
                {
                    context.Report(("indicator", indicator.Name), ("target", indicator.Target), ("actual", indicator.Actual))
                        .At(indicator, Field.Actual).Related(sheet, Field.Reason, "理由");
                }
            }
        }
        """;

    public static RuleSource Source(string path, string text) => new(path, text);

    /// <summary>One project sheet, 広報事業, with two activity indicators: 相談回数 (10 → 8, no reason) and 発行回数 (12 → 12).</summary>
    public static EvaluationDocument Document()
    {
        var sheet = new ProjectSheet
        {
            Name = "広報事業",
            Activities =
            [
                new Indicator("相談回数", IndicatorKind.Activity, IndicatorValue.Of(10, Unit.Times), IndicatorValue.Of(8, Unit.Times), IndicatorValue.Of(10, Unit.Times)),
                new Indicator("発行回数", IndicatorKind.Activity, IndicatorValue.Of(12, Unit.Times), IndicatorValue.Of(12, Unit.Times), IndicatorValue.Of(12, Unit.Times)),
            ],
        };
        return new EvaluationDocument(null, [sheet]);
    }
}
