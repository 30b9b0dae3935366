namespace Kamiyama.Domain.Time;

/// <summary>How the year part of a fiscal year or date is written; one per standard format letter.</summary>
internal enum EraStyle
{
    /// <summary>"G": 令和4, and 令和元 for the first year.</summary>
    Name,

    /// <summary>"A": R4.</summary>
    Abbreviation,

    /// <summary>"N": 令和4, and 令和1 for the first year.</summary>
    NumberedName,

    /// <summary>"S": ㋿4, or the name when the era has no symbol.</summary>
    Symbol,

    /// <summary>"Y": 2022.</summary>
    Gregorian,
}
