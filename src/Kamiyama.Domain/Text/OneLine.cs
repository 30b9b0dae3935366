using System.Globalization;
using System.Text;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Text made safe for one line of a terminal or a log: line breaks, control characters (C0, DEL, C1, so no ANSI escape
/// sequence) and the invisible characters that reorder or split text (bidirectional overrides and isolates, line and
/// paragraph separators) are written as escapes (<c>\n</c>, <c>\t</c>, <c>\u001B</c>). A message taken from a rule or a
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

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static bool NeedsEscape(char c) => c < ' ' || Special.Contains(c);
}
