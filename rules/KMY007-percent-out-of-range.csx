// KMY007 — a percentage outside 0–100 %.
public sealed class PercentOutOfRange : Rule<Indicator>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY007",
        Title = "割合が0〜100%の範囲外",
        DefaultSeverity = DiagnosticSeverity.Error,
        Category = "値",
        MessageFormat = "「{indicator}」の{column} {value} は0〜100%の範囲外です。",
        Description = "単位が%の値が0未満または100を超えるとき報告します。",
        English = new()
        {
            Title = "Percentage outside 0–100%",
            MessageFormat = "The {column} {value} of \"{indicator}\" is outside 0–100%.",
            Description = "Reported when a value in % is below 0 or above 100.",
        },
    };

    public override void Check(Indicator indicator, RuleContext context)
    {
        foreach (var (value, member, column) in new[] { (indicator.Target, Field.Target, "目標"), (indicator.Actual, Field.Actual, "実績"), (indicator.NextTarget, Field.NextTarget, "次年度目標") })
        {
            if (value is IndicatorValue.Quantity { Unit.IsPercent: true } q && (q.Value < 0 || q.Value > 100))
            {
                context.Report(("indicator", indicator.Name), ("column", column), ("value", value)).At(indicator, member);
            }
        }
    }
}
