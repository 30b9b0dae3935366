namespace Kamiyama.Domain.Time;

/// <summary>
/// The year part of a fiscal year or date as written: an era and its year (令和4, R元), or a Gregorian year
/// (<see cref="Era"/> is null).
/// </summary>
internal readonly record struct EraLabel(JapaneseEra? Era, int Year)
{
    /// <summary>The Gregorian year the label names; long because a written era year can be arbitrarily large.</summary>
    internal long GregorianYear => Era is null ? Year : Era.Start.Year + (long)Year - 1;
}
