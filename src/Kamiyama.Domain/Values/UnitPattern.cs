using System.Globalization;
using System.Text;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Values;

/// <summary>
/// 単位の書式 — what text is a unit, the one rule both readers and <see cref="Unit(string)"/> apply (after full-width
/// ASCII is folded): one or more words joined by <c>/</c> or <c>・</c>, optionally followed by a qualifier in brackets.
/// A word is a run of letters (kanji, kana with ー and 々, Latin, any script), where a super- or subscript digit or a
/// combining mark may follow a letter (m², CO₂), or one unit symbol on its own (% ‰ ℃, or a square unit of the CJK
/// compatibility block such as ㎡ ㎞ ㌔). A qualifier is <c>(</c> or <c>（</c>, words, <c>)</c> or <c>）</c>, with white
/// space allowed before it: <c>人（延べ）</c>. No digits, spaces between words or other punctuation: <c>%%</c>,
/// <c>.3 %</c>, <c>e400 %</c> and <c>x12 %</c> are not units.
/// </summary>
internal static class UnitPattern
{
    /// <summary>Returns null when <paramref name="symbol"/> (trimmed) is a unit, otherwise the message of why not.</summary>
    internal static string? Check(ReadOnlySpan<char> symbol)
    {
        symbol = symbol.Trim();
        if (symbol.IsEmpty)
        {
            return Messages.UnitEmpty;
        }

        if (JapaneseText.IsAsciiOrWideDigit(symbol[0]))
        {
            return Messages.UnitStartsWithDigit;
        }

        var i = 0;
        if (!Words(symbol, ref i))
        {
            return NotAUnit(symbol);
        }

        var beforeQualifier = i;
        while (i < symbol.Length && char.IsWhiteSpace(symbol[i]))
        {
            i++;
        }

        if (i == symbol.Length)
        {
            return i == beforeQualifier ? null : NotAUnit(symbol);
        }

        if (JapaneseText.Fold(symbol[i]) != '(')
        {
            return NotAUnit(symbol);
        }

        i++;
        return Words(symbol, ref i) && i == symbol.Length - 1 && JapaneseText.Fold(symbol[i]) == ')' ? null : NotAUnit(symbol);
    }

    private static string NotAUnit(ReadOnlySpan<char> symbol) => Messages.Format(Messages.NotAUnit, symbol.ToString());

    /// <summary>Words joined by / or ・; false when there is none or a joiner has no word after it.</summary>
    private static bool Words(ReadOnlySpan<char> text, ref int i)
    {
        while (true)
        {
            if (!Word(text, ref i))
            {
                return false;
            }

            if (i < text.Length && IsJoiner(JapaneseText.Fold(text[i])))
            {
                i++;
                continue;
            }

            return true;
        }
    }

    private static bool Word(ReadOnlySpan<char> text, ref int i)
    {
        if (!TryNext(text, i, out var first, out var length))
        {
            return false;
        }

        if (IsSymbol(first))
        {
            i += length;
            return true;
        }

        if (!Rune.IsLetter(first) || first.Value == 'ー')
        {
            return false;
        }

        i += length;
        while (TryNext(text, i, out var next, out length) && Continues(next))
        {
            i += length;
        }

        return true;
    }

    /// <summary>The character at <paramref name="i"/>, full-width ASCII folded; false at the end or for a lone surrogate.</summary>
    private static bool TryNext(ReadOnlySpan<char> text, int i, out Rune rune, out int length)
    {
        if (i >= text.Length || Rune.DecodeFromUtf16(text[i..], out rune, out length) != System.Buffers.OperationStatus.Done)
        {
            rune = default;
            length = 0;
            return false;
        }

        if (rune.IsBmp)
        {
            rune = new Rune(JapaneseText.Fold((char)rune.Value));
        }

        return true;
    }

    private static bool Continues(Rune rune) =>
        Rune.IsLetter(rune)
        || rune.Value is '²' or '³' or '¹' or (>= 0x2070 and <= 0x209F)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsSymbol(Rune rune) => rune.Value is '%' or '‰' or '℃' or (>= 0x3300 and <= 0x33FF);

    private static bool IsJoiner(char c) => c is '/' or '・' or '･';
}
