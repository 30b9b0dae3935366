// KMY001 — a 理由 is required when an indicator's actual differs from its target.
// Applies to outcome (目標値) and activity (活動指標) indicators; not-applicable and blank cells are not a difference.
public sealed class ReasonRequired : Rule<Indicator>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY001",
        Title = "乖離があるのに理由がない",
        DefaultSeverity = DiagnosticSeverity.Error,
        Category = "理由",
        MessageFormat = "「{indicator}」の実績 {actual} が目標 {target} と異なりますが、理由が書かれていません。",
        Description = "目標値・活動指標の実績が目標と異なるときは、シートの「理由」欄に乖離の理由を書く必要があります。該当なし（－）や空欄は乖離とみなしません。乖離する指標ごとに1件報告します。",
        English = new()
        {
            Title = "Divergence without a reason",
            MessageFormat = "The actual {actual} of \"{indicator}\" differs from its target {target}, but no reason (理由) is written.",
            Description = "When an outcome or activity indicator's actual differs from its target, the sheet's 理由 field must say why. Not applicable (－) and blank cells are not a divergence. One finding per diverging indicator.",
        },
    };

    public override void Check(Indicator indicator, RuleContext context)
    {
        if (indicator.Kind == IndicatorKind.Qualitative || context.Sheet is not { } sheet)
        {
            context.NotApplicable();
            return;
        }

        if (indicator.ActualDiffersFromTarget && !sheet.HasReason)
        {
            context.Report(("indicator", indicator.Name), ("target", indicator.Target), ("actual", indicator.Actual))
                .At(indicator, Field.Actual)
                .Related(indicator, Field.Target)
                .Related(sheet, Field.Reason);
        }
    }
}
