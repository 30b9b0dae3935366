namespace Kamiyama.Domain.Sheets;

/// <summary>Which table row of a sheet an indicator comes from.</summary>
public enum IndicatorKind
{
    /// <summary>目標値 — an outcome indicator of a 施策 sheet.</summary>
    Outcome = 0,

    /// <summary>活動指標 — an activity indicator of a 事業 sheet.</summary>
    Activity = 1,

    /// <summary>目標 — the qualitative target state of a 事業 sheet, written as text.</summary>
    Qualitative = 2,
}
