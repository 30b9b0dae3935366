using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Reads the numbered entries of a 目的, 目標 or 実績 section.</summary>
internal static class ItemParser
{
    /// <summary>
    /// A line <c>1 title</c> (after any <c>#####</c> or <c>- </c>) opens an entry; other lines are its details; a detail
    /// before any entry opens an entry without a number.
    /// </summary>
    internal static ValueArray<SheetItem> Parse(Section? section, ReaderContext context)
    {
        if (section is null)
        {
            return ValueArray<SheetItem>.Empty;
        }

        var entries = new List<(int? Number, string Title, List<string> Details, Line Line)>();
        foreach (var line in section.Lines)
        {
            var text = Labels.StripHeadingMarks(line.Content);
            var (number, rest) = Labels.SplitNumber(text);
            if (number is null && entries.Count > 0)
            {
                entries[^1].Details.Add(text);
            }
            else
            {
                entries.Add((number, rest, [], line));
            }
        }

        var items = new List<SheetItem>(entries.Count);
        foreach (var (number, title, details, line) in entries)
        {
            var item = new SheetItem(number, title, details.ToValueArray());
            context.Map(item, line.Number, line.FirstColumn);
            items.Add(item);
        }

        return items.ToValueArray();
    }
}
