// KMY002 — a project's cost (事業費) far from its budget needs a 理由.
// Parameter "threshold": the relative deviation allowed without a reason (default 0.2 = 20 %).
public sealed class CostWithoutReason : Rule<ProjectSheet>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY002",
        Title = "事業費が予算から大きく乖離しているのに理由がない",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "事業費",
        MessageFormat = "事業費の実績 {actual} は予算 {budget} の {rate}% です（許容 ±{threshold}%）が、理由が書かれていません。",
        Description = "事業費（千円）の実績が予算から閾値（パラメーター threshold、既定 0.2 = 20%）を超えて乖離しているとき、理由欄が空であれば報告します。予算・実績のどちらかが空欄・該当なし、または予算が0のときは対象外です。",
        English = new()
        {
            Title = "Project cost far from its budget without a reason",
            MessageFormat = "The actual cost {actual} is {rate}% of the budget {budget} (allowed ±{threshold}%), but no reason (理由) is written.",
            Description = "Reported when the actual project cost (thousand yen) differs from the budget by more than the threshold (parameter threshold, default 0.2 = 20%) and the 理由 field is empty. Not applied when the budget or the actual is blank or not applicable, or the budget is 0.",
        },
    };

    public override void Check(ProjectSheet sheet, RuleContext context)
    {
        var threshold = context.Parameter("threshold", 0.2m);
        if (!sheet.Cost.Budget.HasValue || !sheet.Cost.Actual.HasValue || sheet.Cost.ExecutionRate is not { } rate)
        {
            context.NotApplicable();
            return;
        }

        if (Math.Abs(rate - 1m) > threshold && !sheet.HasReason)
        {
            context.Report(
                    ("actual", sheet.Cost.Actual.Value),
                    ("budget", sheet.Cost.Budget.Value),
                    ("rate", Math.Round(rate * 100m, 1)),
                    ("threshold", Math.Round(threshold * 100m, 1)))
                .At(sheet, Field.CostActual)
                .Related(sheet, Field.CostBudget, "予算")
                .Related(sheet, Field.Reason);
        }
    }
}
