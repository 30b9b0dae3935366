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

        var items = new List<SheetItem>();
        var details = new List<string>();
        (int? Number, string Title, Line Line)? entry = null;
        foreach (var line in section.Lines)
        {
            var text = Labels.StripHeadingMarks(line.ContentSpan);
            var number = Labels.SplitNumber(text, out var rest);
            if (number is null && entry is not null)
            {
                details.Add(text.ToString());
                continue;
            }

            Add(entry, details, items, context);
            entry = (number, rest.ToString(), line);
        }

        Add(entry, details, items, context);
        return items.ToValueArray();
    }

    /// <summary>Adds the entry read so far, with its details, and empties the details for the next.</summary>
    private static void Add((int? Number, string Title, Line Line)? entry, List<string> details, List<SheetItem> items, ReaderContext context)
    {
        if (entry is not { } read)
        {
            return;
        }

        var item = new SheetItem(read.Number, read.Title, details.ToValueArray());
        context.Map(item, read.Line.Number, read.Line.FirstColumn);
        items.Add(item);
        details.Clear();
    }
}
