using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// A sheet's indicators by position, in the order of <see cref="Sheet.Indicators"/>, without enumerating them: the
/// evaluation loop visits every indicator of every sheet once per rule.
/// </summary>
internal static class SheetIndicators
{
    public static int Count(Sheet sheet) => sheet switch
    {
        MeasureSheet measure => measure.Outcomes.Count,
        ProjectSheet project => project.Activities.Count + (project.Goal is null ? 0 : 1),
        _ => sheet.Indicators.Count(),
    };

    public static Indicator At(Sheet sheet, int index) => sheet switch
    {
        MeasureSheet measure => measure.Outcomes[index],
        ProjectSheet { Goal: { } goal } project => index == 0 ? goal : project.Activities[index - 1],
        ProjectSheet project => project.Activities[index],
        _ => sheet.Indicators.ElementAt(index),
    };
}
