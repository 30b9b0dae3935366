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
