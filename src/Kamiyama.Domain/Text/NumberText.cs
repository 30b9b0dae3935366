using System.Globalization;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Reads the numbers of evaluation sheets: ASCII or full-width digits, thousands separators (, ，), a decimal point
/// (. ．) and the negative marks real documents use (△ ▲ - −).
/// </summary>
internal static class NumberText
{
    internal static bool IsNegativeMark(char c) => c is '△' or '▲' or '-' or '\u2212' or '\uFF0D';

    /// <summary>
    /// Reads a number at <paramref name="position"/>. Returns null on success (advancing the position past the number),
    /// or the message of what was expected (with <paramref name="position"/> moved to the problem).
    /// </summary>
    internal static string? TryRead(ReadOnlySpan<char> text, ref int position, out decimal value)
    {
        value = 0;
        var i = position;
        var negative = false;
        if (i < text.Length && IsNegativeMark(text[i]) && i + 1 < text.Length && JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
        {
            negative = true;
            i++;
        }

        if (i >= text.Length || !JapaneseText.IsAsciiOrWideDigit(text[i]))
        {
            position = i;
            return Messages.ExpectedNumber;
        }

        Span<char> buffer = stackalloc char[Math.Min(64, text.Length - i + 1)];
        var length = 0;
        var sawPoint = false;
        while (i < text.Length)
        {
            var c = JapaneseText.Fold(text[i]);
            if (char.IsAsciiDigit(c))
            {
                if (length == buffer.Length)
                {
                    position = i;
                    return Messages.NumberTooLarge;
                }

                buffer[length++] = c;
                i++;
            }
            else if (c == ',' && !sawPoint)
            {
                if (i + 1 >= text.Length || !JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
                {
                    position = i;
                    return Messages.MisplacedSeparator;
                }

                i++;
            }
            else if (c == '.' && !sawPoint)
            {
                if (i + 1 >= text.Length || !JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
                {
                    position = i;
                    return Messages.ExpectedDigitsAfterPoint;
                }

                sawPoint = true;
                buffer[length++] = '.';
                i++;
            }
            else
            {
                break;
            }
        }

        if (!decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return Messages.NumberTooLarge;
        }

        value = negative ? -value : value;
        position = i;
        return null;
    }

    /// <summary>Formats a number as sheets write it: thousands separators, the scale it was read with, △ for negatives.</summary>
    internal static string Format(decimal value, bool triangleForNegative)
    {
        var magnitude = Math.Abs(value);
        var scale = (magnitude.Scale);
        var text = magnitude.ToString("#,0." + new string('0', scale), CultureInfo.InvariantCulture).TrimEnd('.');
        return value < 0 ? (triangleForNegative ? "△" : "-") + text : text;
    }
}
