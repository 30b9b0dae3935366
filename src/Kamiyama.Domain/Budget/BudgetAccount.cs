using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Budget;

/// <summary>
/// 予算科目 — the budget account a project is paid from: 会計 (fund) › 款 (division) › 項 (section) › 目 (item), written
/// <c>01一般会計・02総務費・01総務管理費・06企画費</c>.
/// </summary>
/// <param name="Fund">会計 — the fund (<c>01一般会計</c>).</param>
/// <param name="Division">款 — the division (<c>02総務費</c>).</param>
/// <param name="Section">項 — the section (<c>01総務管理費</c>).</param>
/// <param name="Item">目 — the item (<c>06企画費</c>).</param>
public sealed record BudgetAccount(BudgetAccountPart Fund, BudgetAccountPart Division, BudgetAccountPart Section, BudgetAccountPart Item)
    : IParsable<BudgetAccount>
{
    private const char Separator = '・';

    /// <summary>The standard division (款) this account's division names, or <see langword="null"/> when its name is not standard.</summary>
    public BudgetAccountPart? StandardDivision => StandardDivisions.Find(Division.Name);

    /// <summary>Reads an account as sheets write it; never throws for bad input.</summary>
    /// <param name="text">The text, parts separated by ・ (or the half-width ･).</param>
    /// <returns>The account, or where and why the text is not one.</returns>
    public static ParseResult<BudgetAccount> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<BudgetAccountPart>(4);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (Separator or '･'))
            {
                continue;
            }

            var segment = text.AsSpan(start, i - start);
            var offset = start + (segment.Length - segment.TrimStart().Length);
            segment = segment.Trim();
            var digits = 0;
            while (digits < segment.Length && JapaneseText.IsAsciiOrWideDigit(segment[digits]))
            {
                digits++;
            }

            var name = segment[digits..].Trim();
            if (name.IsEmpty)
            {
                return ParseResult<BudgetAccount>.ForError(text, offset + digits, string.Format(CultureInfo.InvariantCulture, Messages.ExpectedBudgetAccountName, parts.Count + 1));
            }

            var code = string.Create(digits, segment[..digits].ToString(), static (span, s) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    span[k] = JapaneseText.Fold(s[k]);
                }
            });
            parts.Add(new BudgetAccountPart(code, name.ToString()));
            start = i + 1;
        }

        return parts.Count == 4
            ? ParseResult<BudgetAccount>.ForValue(new BudgetAccount(parts[0], parts[1], parts[2], parts[3]), text)
            : ParseResult<BudgetAccount>.ForError(text, 0, string.Format(CultureInfo.InvariantCulture, Messages.ExpectedBudgetAccountParts, parts.Count));
    }

    /// <summary>Parses an account (<c>01一般会計・02総務費・01総務管理費・06企画費</c>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The account.</returns>
    /// <exception cref="UnparsableValueException">The text is not an account.</exception>
    public static BudgetAccount Parse(string s) => Read(s).Value;

    /// <summary>Parses an account without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The account, or <see langword="null"/>.</param>
    /// <returns>Whether the text is an account.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out BudgetAccount result)
    {
        result = null;
        return s is not null && Read(s).TryGetValue(null!, out result);
    }

    /// <inheritdoc />
    static BudgetAccount IParsable<BudgetAccount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<BudgetAccount>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out BudgetAccount result) => TryParse(s, out result);

    /// <summary>The account as sheets write it: <c>01一般会計・02総務費・01総務管理費・06企画費</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Separator, Fund, Division, Section, Item);
}
