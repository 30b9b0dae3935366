using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Sheets;

/// <summary>従事人工 — staff effort on a project: planned this year, actual this year and planned next year.</summary>
/// <param name="Planned">This year's planned person-years.</param>
/// <param name="Actual">This year's actual person-years.</param>
/// <param name="NextPlanned">Next year's planned person-years.</param>
public sealed record StaffLine(Figure<PersonYears> Planned, Figure<PersonYears> Actual, Figure<PersonYears> NextPlanned)
{
    /// <summary>A line with every cell blank.</summary>
    public static StaffLine Blank { get; } = new(Figure<PersonYears>.Blank, Figure<PersonYears>.Blank, Figure<PersonYears>.Blank);
}
