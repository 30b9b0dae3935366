// CITY101 — a script over the city's own type: an open budget line less than half spent.
using City.Budget;

public sealed class Unspent : Rule<LedgerRow>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "CITY101",
        Title = "予算の半分未満の執行",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "予算",
        MessageFormat = "{project} は予算 {budget} 千円のうち {actual} 千円しか執行していません。",
        Description = "台帳の行で、執行額が予算の半分に満たないとき報告します。",
    };

    public override void Check(LedgerRow row, RuleContext context)
    {
        if (row.Actual is { } actual && actual * 2 < row.Budget)
        {
            context.Report(("project", row.Project), ("budget", row.Budget), ("actual", actual));
        }
    }
}
