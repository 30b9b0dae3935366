namespace Kamiyama.Domain.TextLayout;

/// <summary>The headings of a sheet in the published layout.</summary>
internal enum Label
{
    None,
    Department,
    Plan,
    Measure,
    Strategy,
    Purpose,
    Goals,
    Results,
    Reason,
    FutureActions,
    Overview,
}
