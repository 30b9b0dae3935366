namespace Kamiyama.Domain.Rules.Tests.BuiltIn;

/// <summary>Small hand-made sheets for rule tests.</summary>
internal static class Make
{
    public static Indicator Row(string name, string target, string actual, string next, IndicatorKind kind = IndicatorKind.Outcome, IndicatorDirection direction = IndicatorDirection.HigherIsBetter) =>
        new(name, kind, IndicatorValue.Parse(target), IndicatorValue.Parse(actual), IndicatorValue.Parse(next), direction);

    public static MeasureSheet Measure(string code, string reason = "", params Indicator[] outcomes)
    {
        var measure = PlanCode.Parse(code);
        return new MeasureSheet
        {
            Department = new Department("市政戦略課"),
            Strategy = StrategyLink.None,
            Chapter = new PlanItem(new PlanCode(measure.Chapter), "章"),
            Policy = new PlanItem(measure.Parent!.Value, "政策"),
            Measure = new PlanItem(measure, "施策"),
            Purposes = [new SheetItem(1, "目的")],
            Outcomes = outcomes.ToValueArray(),
            Reason = reason,
            FutureActions = "引き続き取り組みます。",
        };
    }

    public static ProjectSheet Project(string name, string budget = "1,000", string actual = "1,000", string reason = "", string account = "01一般会計・02総務費・01総務管理費・06企画費", params string[] measures) => new()
    {
        Department = new Department("市政戦略課"),
        Strategy = StrategyLink.None,
        Name = name,
        Account = BudgetAccount.Parse(account),
        Measures = measures.Select(m => new PlanItem(PlanCode.Parse(m), "施策")).ToValueArray(),
        Overview = "概要",
        Purpose = "目的",
        Cost = new CostLine(Money.ReadThousandYen(budget).Value, Money.ReadThousandYen(actual).Value, Figure<Money>.Blank),
        Reason = reason,
        FutureActions = "引き続き取り組みます。",
    };
}
