using NodaTime;

namespace Kamiyama.Domain.Time;

/// <summary>The eras since the Meiji restoration, as data: the one table behind <see cref="JapaneseEraRegistry.Default"/>.</summary>
internal static class BuiltInEras
{
    private static readonly (string Name, string RomanizedName, char Abbreviation, string Symbol, LocalDate Start)[] Table =
    [
        ("明治", "Meiji", 'M', "\u337E", new LocalDate(1868, 10, 23)),
        ("大正", "Taisho", 'T', "\u337D", new LocalDate(1912, 7, 30)),
        ("昭和", "Showa", 'S', "\u337C", new LocalDate(1926, 12, 25)),
        ("平成", "Heisei", 'H', "\u337B", new LocalDate(1989, 1, 8)),
        ("令和", "Reiwa", 'R', "\u32FF", new LocalDate(2019, 5, 1)),
    ];

    /// <summary>The built-in eras in order, each ending the day before the next begins.</summary>
    internal static readonly JapaneseEra[] All = Build();

    private static JapaneseEra[] Build()
    {
        var eras = new JapaneseEra[Table.Length];
        for (var i = 0; i < Table.Length; i++)
        {
            var (name, romanizedName, abbreviation, symbol, start) = Table[i];
            LocalDate? end = i + 1 < Table.Length ? Table[i + 1].Start.PlusDays(-1) : null;
            eras[i] = JapaneseEra.BuiltIn(name, romanizedName, abbreviation, symbol, start).WithEnd(end);
        }

        return eras;
    }
}
