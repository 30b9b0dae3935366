using System.Globalization;
using System.Text;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Text made safe for one line of a terminal or a log: line breaks, control characters (C0, DEL, C1, so no ANSI escape
/// sequence) and the invisible characters that reorder, hide or split text (bidirectional marks, overrides and isolates,
/// line and paragraph separators, zero-width characters and the byte-order mark: every format character) are written as escapes (<c>\n</c>, <c>\t</c>, <c>\u001B</c>). A message taken from a rule or a
/// document can then never print a line that looks like another diagnostic.
/// </summary>
internal static class OneLine
{
    /// <summary>The text with every such character escaped; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (first < 0 && !text.AsSpan().ContainsAny(Special))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when NeedsEscape(c) => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    // DEL, the C1 controls, the line and paragraph separators, and every format character (bidirectional marks, overrides
    // and isolates, zero-width characters, the byte-order mark).
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0x7F, char.MaxValue - 0x7F + 1).Select(i => (char)i)
            .Where(c => c <= '\u009F' || c is '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)]);

    private static bool NeedsEscape(char c) => c < ' ' || Special.Contains(c);
}
