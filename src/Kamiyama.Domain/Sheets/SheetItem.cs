namespace Kamiyama.Domain.Sheets;

/// <summary>
/// A numbered entry of a sheet's 目的, 目標 or 実績 section: <c>1 行政と市民等の役割の浸透</c> with the paragraphs or
/// <c>(1) …</c> lines under it.
/// </summary>
/// <param name="Number">The entry's number as written (1, 2 …), or <see langword="null"/> when it has none.</param>
/// <param name="Title">The entry's text after its number.</param>
/// <param name="Details">The paragraphs or <c>(1) …</c> lines under the entry, in order.</param>
public sealed record SheetItem(int? Number, string Title, ValueArray<string> Details)
{
    /// <summary>An entry without details.</summary>
    /// <param name="number">The number, if any.</param>
    /// <param name="title">The text.</param>
    public SheetItem(int? number, string title)
        : this(number, title, ValueArray<string>.Empty)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Number is { } n ? $"{n} {Title}" : Title;
}
