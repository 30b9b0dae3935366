// KMY008 — the unit changes between the columns of one indicator.
public sealed class UnitChanges : Rule<Indicator>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY008",
        Title = "指標の単位が列によって異なる",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "値",
        MessageFormat = "「{indicator}」の{column} {value} の単位が目標 {target} と異なります。",
        Description = "目標・実績・次年度目標の単位は同じであるべきです。単位のない値や該当なし（－）で単位のないものは比較しません。",
        English = new()
        {
            Title = "Indicator unit changes between columns",
            MessageFormat = "The unit of the {column} {value} of \"{indicator}\" differs from the target {target}.",
            Description = "The target, the actual and the next target should have the same unit. Values without a unit, and not applicable (－) without one, are not compared.",
        },
    };

    public override void Check(Indicator indicator, RuleContext context)
    {
        if (indicator.Kind == IndicatorKind.Qualitative || indicator.Target.UnitOrNone.IsNone)
        {
            context.NotApplicable();
            return;
        }

        foreach (var (value, member, column) in new[] { (indicator.Actual, Field.Actual, "実績"), (indicator.NextTarget, Field.NextTarget, "次年度目標") })
        {
            if (!value.UnitOrNone.IsNone && value.UnitOrNone != indicator.Target.UnitOrNone)
            {
                context.Report(("indicator", indicator.Name), ("column", column), ("value", value), ("target", indicator.Target))
                    .At(indicator, member)
                    .Related(indicator, Field.Target);
            }
        }
    }
}
