// KMY003 — next year's target should not fall behind this year's actual.
public sealed class NextTargetBehindActual : Rule<Indicator>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY003",
        Title = "次年度目標が今年度の実績より後退している",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "目標設定",
        MessageFormat = "「{indicator}」の次年度目標 {next} は今年度の実績 {actual} より後退しています。",
        Description = "次年度目標が今年度の実績を下回る（下向きの指標では上回る）とき報告します。実績を踏まえた目標の見直しを促すためです。単位が異なる値、該当なし、空欄は対象外です。",
        English = new()
        {
            Title = "Next year's target behind this year's actual",
            MessageFormat = "The next target {next} of \"{indicator}\" is behind this year's actual {actual}.",
            Description = "Reported when next year's target is below this year's actual (above it for a downward indicator), to prompt a review of the target in the light of the result. Values with different units, not applicable and blank cells are not compared.",
        },
    };

    public override void Check(Indicator indicator, RuleContext context)
    {
        if (indicator.Kind == IndicatorKind.Qualitative)
        {
            context.NotApplicable();
            return;
        }

        if (indicator.NextTargetBehindActual)
        {
            context.Report(("indicator", indicator.Name), ("next", indicator.NextTarget), ("actual", indicator.Actual))
                .At(indicator, Field.NextTarget)
                .Related(indicator, Field.Actual);
        }
    }
}
