using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Sheets;

/// <summary>
/// A field of the model that a location can point at (<c>Field.CostActual</c>: 事業費/実績), with its Japanese label. The one
/// vocabulary of members: both readers record positions by it, rules point at it (<c>.At(sheet, Field.CostActual)</c>, so a
/// misspelt field does not compile), and the reports name it. Compared by reference: each field is one instance.
/// </summary>
public sealed class Field
{
    private static readonly Type[] IndicatorOnly = [typeof(Indicator)];
    private static readonly Type[] AnySheet = [typeof(Sheet)];
    private static readonly Type[] Measure = [typeof(MeasureSheet)];
    private static readonly Type[] Project = [typeof(ProjectSheet)];
    private static readonly Type[] Item = [typeof(SheetItem)];

    private readonly Type[] _owners;

    private Field(string path, string label, Type[] owners)
    {
        Path = path;
        Label = label;
        _owners = owners;
    }

    /// <summary>An indicator's or a project's name (名称).</summary>
    public static Field Name { get; } = new(nameof(Name), "名称", [typeof(Indicator), typeof(ProjectSheet)]);

    /// <summary>An indicator's target for the year (目標).</summary>
    public static Field Target { get; } = new(nameof(Indicator.Target), "目標", IndicatorOnly);

    /// <summary>An indicator's actual for the year (実績).</summary>
    public static Field Actual { get; } = new(nameof(Indicator.Actual), "実績", IndicatorOnly);

    /// <summary>An indicator's target for next year (次年度目標).</summary>
    public static Field NextTarget { get; } = new(nameof(Indicator.NextTarget), "次年度目標", IndicatorOnly);

    /// <summary>An indicator's kind: the table row it is in (区分).</summary>
    public static Field Kind { get; } = new(nameof(Indicator.Kind), "区分", IndicatorOnly);

    /// <summary>An indicator's direction: whether higher or lower is better (方向).</summary>
    public static Field Direction { get; } = new(nameof(Indicator.Direction), "方向", IndicatorOnly);

    /// <summary>A sheet's department (所属).</summary>
    public static Field Department { get; } = new(nameof(Sheet.Department), Labels.Department, AnySheet);

    /// <summary>A sheet's link to the comprehensive strategy (創生総合戦略).</summary>
    public static Field Strategy { get; } = new(nameof(Sheet.Strategy), Labels.Strategy, AnySheet);

    /// <summary>A sheet's reason for divergence (理由).</summary>
    public static Field Reason { get; } = new(nameof(Sheet.Reason), Labels.Reason, AnySheet);

    /// <summary>A sheet's future actions (今後の取組).</summary>
    public static Field FutureActions { get; } = new(nameof(Sheet.FutureActions), Labels.FutureActionsShort, AnySheet);

    /// <summary>A sheet's content that fits no field, kept as read (未分類).</summary>
    public static Field Unrecognized { get; } = new(nameof(Sheet.Unrecognized), "未分類", AnySheet);

    /// <summary>A measure sheet's chapter (章).</summary>
    public static Field Chapter { get; } = new(nameof(MeasureSheet.Chapter), "章", Measure);

    /// <summary>A measure sheet's policy (政策).</summary>
    public static Field Policy { get; } = new(nameof(MeasureSheet.Policy), "政策", Measure);

    /// <summary>A measure sheet's measure (施策).</summary>
    public static Field MeasureItem { get; } = new(nameof(MeasureSheet.Measure), Labels.Measure, Measure);

    /// <summary>A measure sheet's purposes (目的).</summary>
    public static Field Purposes { get; } = new(nameof(MeasureSheet.Purposes), Labels.Purpose, Measure);

    /// <summary>A measure sheet's goals (目標).</summary>
    public static Field Goals { get; } = new(nameof(MeasureSheet.Goals), Labels.Goals, Measure);

    /// <summary>A measure sheet's results (実績).</summary>
    public static Field Results { get; } = new(nameof(MeasureSheet.Results), Labels.Results, Measure);

    /// <summary>A measure sheet's outcome indicators (目標値).</summary>
    public static Field Outcomes { get; } = new(nameof(MeasureSheet.Outcomes), Labels.OutcomeRow, Measure);

    /// <summary>Whether a project sheet is the carried-over part (繰越).</summary>
    public static Field CarriedOver { get; } = new(nameof(ProjectSheet.IsCarriedOver), "繰越", Project);

    /// <summary>A project sheet's budget account (予算科目).</summary>
    public static Field Account { get; } = new(nameof(ProjectSheet.Account), Labels.Account, Project);

    /// <summary>A project sheet's linked measures (施策).</summary>
    public static Field Measures { get; } = new(nameof(ProjectSheet.Measures), Labels.Measure, Project);

    /// <summary>A project sheet's overview (事業概要).</summary>
    public static Field Overview { get; } = new(nameof(ProjectSheet.Overview), Labels.Overview, Project);

    /// <summary>A project sheet's purpose (目的).</summary>
    public static Field Purpose { get; } = new(nameof(ProjectSheet.Purpose), Labels.Purpose, Project);

    /// <summary>A project sheet's qualitative goal (目標).</summary>
    public static Field Goal { get; } = new(nameof(ProjectSheet.Goal), Labels.GoalRow, Project);

    /// <summary>A project sheet's activity indicators (活動指標).</summary>
    public static Field Activities { get; } = new(nameof(ProjectSheet.Activities), Labels.ActivityRow, Project);

    /// <summary>A project sheet's cost line (事業費).</summary>
    public static Field Cost { get; } = new(nameof(ProjectSheet.Cost), "事業費", Project);

    /// <summary>The cost budgeted for the year (事業費/予算).</summary>
    public static Field CostBudget { get; } = new("Cost.Budget", "事業費/予算", Project);

    /// <summary>The cost spent in the year (事業費/実績).</summary>
    public static Field CostActual { get; } = new("Cost.Actual", "事業費/実績", Project);

    /// <summary>The cost budgeted for next year (事業費/次年度予算).</summary>
    public static Field CostNextBudget { get; } = new("Cost.NextBudget", "事業費/次年度予算", Project);

    /// <summary>A project sheet's staff line (従事人工).</summary>
    public static Field Staff { get; } = new(nameof(ProjectSheet.Staff), Labels.StaffRow, Project);

    /// <summary>The staff planned for the year (従事人工/予定).</summary>
    public static Field StaffPlanned { get; } = new("Staff.Planned", "従事人工/予定", Project);

    /// <summary>The staff who worked in the year (従事人工/実績).</summary>
    public static Field StaffActual { get; } = new("Staff.Actual", "従事人工/実績", Project);

    /// <summary>The staff planned for next year (従事人工/次年度予定).</summary>
    public static Field StaffNextPlanned { get; } = new("Staff.NextPlanned", "従事人工/次年度予定", Project);

    /// <summary>A numbered item's number (番号).</summary>
    public static Field ItemNumber { get; } = new(nameof(SheetItem.Number), "番号", Item);

    /// <summary>A numbered item's title (見出し).</summary>
    public static Field ItemTitle { get; } = new(nameof(SheetItem.Title), "見出し", Item);

    /// <summary>A numbered item's details (内容).</summary>
    public static Field ItemDetails { get; } = new(nameof(SheetItem.Details), "内容", Item);

    /// <summary>Every field, in the order above.</summary>
    public static ValueArray<Field> All { get; } =
    [
        Name, Target, Actual, NextTarget, Kind, Direction, Department, Strategy, Reason, FutureActions, Unrecognized, Chapter, Policy, MeasureItem, Purposes,
        Goals, Results, Outcomes, CarriedOver, Account, Measures, Overview, Purpose, Goal, Activities, Cost, CostBudget,
        CostActual, CostNextBudget, Staff, StaffPlanned, StaffActual, StaffNextPlanned, ItemNumber, ItemTitle, ItemDetails,
    ];

    /// <summary>The field with a member path (<c>Cost.Actual</c>), or null: how a field crosses to a worker process and back.</summary>
    internal static Field? Find(string path)
    {
        foreach (var field in All)
        {
            if (string.Equals(field.Path, path, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The member path in the model (<c>Cost.Actual</c>): the property, and the property of its value.</summary>
    public string Path { get; }

    /// <summary>The Japanese label, as logical paths and reports write it (<c>事業費/実績</c>).</summary>
    public string Label { get; }

    /// <summary>Whether an element has this field (an indicator has <see cref="Actual"/>; a sheet does not).</summary>
    /// <param name="element">An element of the document.</param>
    /// <returns>True when the element's type declares the field.</returns>
    public bool IsFieldOf(object element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var owner in _owners)
        {
            if (owner.IsInstanceOfType(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member path (<c>Cost.Actual</c>).</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;
}
