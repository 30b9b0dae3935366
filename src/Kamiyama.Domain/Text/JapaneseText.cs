namespace Kamiyama.Domain.Text;

/// <summary>
/// Character-level helpers for the text of Japanese documents: full-width forms, dashes and numerals.
/// Folding is one character to one character, so positions in folded text are positions in the input.
/// </summary>
internal static class JapaneseText
{
    /// <summary>Folds full-width ASCII (Ａ, ４, ．, ，) to ASCII and the ideographic space to a space.</summary>
    internal static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Hyphens and minus signs that real documents use between the parts of a code (5-1-1, ５－１－１).</summary>
    internal static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\uFF0D';

    internal static bool IsAsciiOrWideDigit(char c) => char.IsAsciiDigit(Fold(c));

    /// <summary>The value of a kanji digit (〇 一 … 九, and the formal 壱 弐 参), or -1.</summary>
    internal static int KanjiDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壱' => 1,
        '二' or '弐' => 2,
        '三' or '参' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The value of a kanji multiplier (十 百 千 万, and the formal 拾), or 0.</summary>
    internal static int KanjiMultiplier(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        _ => 0,
    };

    internal static bool IsKanjiNumeral(char c) => KanjiDigit(c) >= 0 || KanjiMultiplier(c) > 0;

    internal static int SkipWhiteSpace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// Reads a non-negative integer written in ASCII or full-width digits (2022, ２０２２), positional kanji (二〇二二)
    /// or kanji with multipliers (十二, 三十一, 二千二十二). Advances <paramref name="position"/> past it.
    /// </summary>
    /// <returns>Whether an integer was read; false leaves <paramref name="position"/> unchanged.</returns>
    internal static bool TryReadInteger(ReadOnlySpan<char> text, ref int position, out int value)
    {
        value = 0;
        var start = position;
        if (start >= text.Length)
        {
            return false;
        }

        if (IsAsciiOrWideDigit(text[start]))
        {
            long result = 0;
            var i = start;
            while (i < text.Length && IsAsciiOrWideDigit(text[i]))
            {
                result = (result * 10) + (Fold(text[i]) - '0');
                if (result > int.MaxValue)
                {
                    return false;
                }

                i++;
            }

            value = (int)result;
            position = i;
            return true;
        }

        var end = start;
        while (end < text.Length && IsKanjiNumeral(text[end]))
        {
            end++;
        }

        if (end == start || !TryParseKanji(text[start..end], out value))
        {
            return false;
        }

        position = end;
        return true;
    }

    private static bool TryParseKanji(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        var hasMultiplier = false;
        foreach (var c in digits)
        {
            hasMultiplier |= KanjiMultiplier(c) > 0;
        }

        long result = 0;
        if (!hasMultiplier)
        {
            foreach (var c in digits)
            {
                result = (result * 10) + KanjiDigit(c);
                if (result > int.MaxValue)
                {
                    return false;
                }
            }

            value = (int)result;
            return true;
        }

        // 二千二十二: each multiplier takes the digit before it (or 1); multipliers must fall strictly (no 十百).
        long section = 0;
        var pendingDigit = -1;
        var lastMultiplier = int.MaxValue;
        foreach (var c in digits)
        {
            var digit = KanjiDigit(c);
            if (digit >= 0)
            {
                if (pendingDigit >= 0)
                {
                    return false;
                }

                pendingDigit = digit;
                continue;
            }

            var multiplier = KanjiMultiplier(c);
            if (multiplier == 10000)
            {
                section += pendingDigit < 0 ? 0 : pendingDigit;
                if (section == 0)
                {
                    section = 1;
                }

                result += section * 10000;
                section = 0;
                pendingDigit = -1;
                lastMultiplier = int.MaxValue;
                continue;
            }

            if (multiplier >= lastMultiplier || pendingDigit == 0)
            {
                return false;
            }

            section += (pendingDigit < 0 ? 1 : pendingDigit) * multiplier;
            pendingDigit = -1;
            lastMultiplier = multiplier;
        }

        result += section + (pendingDigit < 0 ? 0 : pendingDigit);
        if (result > int.MaxValue)
        {
            return false;
        }

        value = (int)result;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> at <paramref name="position"/> starts with <paramref name="token"/>.</summary>
    internal static bool StartsWithAt(ReadOnlySpan<char> text, int position, string token) =>
        position <= text.Length && text[position..].StartsWith(token, StringComparison.Ordinal);
}
