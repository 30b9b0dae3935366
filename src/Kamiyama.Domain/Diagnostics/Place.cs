using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Diagnostics;

/// <summary>
/// Where a value is: the element that holds it (a sheet, an indicator, an entry), its field, and for entries the section
/// and 1-based index (<c>目的/2</c>). The path is made only when something is refused.
/// </summary>
internal readonly record struct Place(object Element, Field Field, string? Section = null, int Index = 0)
{
    public string Path(string sheet)
    {
        var middle = Element switch
        {
            Indicator indicator => $"/{Section}/{indicator.Name}",
            _ when Section is not null && Index > 0 => $"/{Section}/{Index}",
            _ when Section is not null => "/" + Section,
            _ => string.Empty,
        };
        return $"{sheet}{middle}/{Field.Label}";
    }
}
