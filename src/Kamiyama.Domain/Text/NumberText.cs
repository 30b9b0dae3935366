using System.Globalization;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Reads the numbers of evaluation sheets: ASCII or full-width digits, thousands separators (, ，) grouping the whole
/// part in threes, one decimal point (. ．) and the negative marks real documents use (△ ▲ - −); values are held
/// exactly (<see cref="DecimalDigits"/>). Writes them back in the same form.
/// </summary>
internal static class NumberText
{
    internal static bool IsNegativeMark(char c) => c is '△' or '▲' or '-' or '\u2212' or '\uFF0D';

    /// <summary>
    /// Reads a number at <paramref name="position"/>. Returns null on success (advancing the position past the number),
    /// or the message of what was expected (with <paramref name="position"/> moved to the problem). Thousands separators
    /// group the whole part in threes (12,000; not 1,2,3 or 12,34) and never follow the decimal point; a second point is
    /// refused; a number a <see cref="decimal"/> does not hold exactly is refused (<see cref="DecimalDigits"/>), never
    /// rounded. What follows the number (a unit, trailing text) is the caller's to judge.
    /// </summary>
    internal static string? TryRead(ReadOnlySpan<char> text, ref int position, out decimal value)
    {
        value = 0;
        var start = position;
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

        var digits = default(DecimalDigits);
        var sawPoint = false;
        var groupDigits = 0;
        var lastSeparator = -1;
        while (i < text.Length)
        {
            var c = JapaneseText.Fold(text[i]);
            if (char.IsAsciiDigit(c))
            {
                digits.Add(c - '0');
                groupDigits++;
                i++;
            }
            else if (c == ',')
            {
                if (sawPoint)
                {
                    position = i;
                    return Messages.SeparatorAfterPoint;
                }

                if (i + 1 >= text.Length || !JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
                {
                    position = i;
                    return Messages.MisplacedSeparator;
                }

                if (lastSeparator < 0 ? groupDigits > 3 : groupDigits != 3)
                {
                    // The first group has one to three digits (this separator is misplaced); a later one exactly three.
                    position = lastSeparator < 0 ? i : lastSeparator;
                    return Messages.MisgroupedDigits;
                }

                lastSeparator = i;
                groupDigits = 0;
                i++;
            }
            else if (c == '.')
            {
                if (sawPoint)
                {
                    position = i;
                    return Messages.SecondDecimalPoint;
                }

                if (i + 1 >= text.Length || !JapaneseText.IsAsciiOrWideDigit(text[i + 1]))
                {
                    position = i;
                    return Messages.ExpectedDigitsAfterPoint;
                }

                if (lastSeparator >= 0 && groupDigits != 3)
                {
                    position = lastSeparator;
                    return Messages.MisgroupedDigits;
                }

                sawPoint = true;
                digits.Point();
                i++;
            }
            else
            {
                break;
            }
        }

        if (lastSeparator >= 0 && !sawPoint && groupDigits != 3)
        {
            position = lastSeparator;
            return Messages.MisgroupedDigits;
        }

        var error = digits.TryGetValue(negative, 0, out value);
        position = error is null ? i : start;
        return error;
    }

    /// <summary>Formats a number as sheets write it: thousands separators, the scale it was read with, △ for negatives.</summary>
    internal static string Format(decimal value, bool triangleForNegative)
    {
        var magnitude = Math.Abs(value);
        var scale = magnitude.Scale;
        var text = magnitude.ToString("#,0." + new string('0', scale), CultureInfo.InvariantCulture).TrimEnd('.');
        return value < 0 ? (triangleForNegative ? "△" : "-") + text : text;
    }
}
