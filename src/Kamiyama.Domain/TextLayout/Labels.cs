using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>The words of the published layout, and how lines and cells are recognised as headings.</summary>
internal static class Labels
{
    internal const string Department = "所属";
    internal const string Plan = "振興計画";
    internal const string Measure = "施策";
    internal const string Strategy = "創生総合戦略";
    internal const string Purpose = "目的";
    internal const string Goals = "目標";
    internal const string Results = "実績";
    internal const string Reason = "理由";
    internal const string FutureActions = "目標の実現に向けた今後の取組";
    internal const string FutureActionsShort = "今後の取組";
    internal const string Overview = "事業概要";
    internal const string Project = "事業";
    internal const string Account = "予算科目";
    internal const string ProjectHeader = "実施計画兼予算要求書（検証）";
    internal const string ProjectHeaderWord = "実施計画兼予算要求書";
    internal const string TableHeader = "区分";
    internal const string OutcomeRow = "目標値";
    internal const string GoalRow = "目標";
    internal const string ActivityRow = "活動指標";
    internal const string CostRow = "事業費（千円）";
    internal const string StaffRow = "従事人工";
    internal const string MeasureReasonNote = "※{0}目標と{0}実績の間に乖離がある場合";
    internal const string ProjectReasonNote = "※{0}予算・実績に係る目標・活動指標について乖離がある場合";

    private static readonly (string Word, Label Label)[] InlineLabels =
    [
        (Department, Label.Department),
        (Plan, Label.Plan),
        (Measure, Label.Measure),
        (Strategy, Label.Strategy),
    ];

    /// <summary>Recognises a heading line: <c>所属</c>, <c>創生総合戦略 該当なし</c>, <c>#### 目的</c>, <c>理由 ※…</c>.</summary>
    internal static (Label Label, string? Inline) Recognize(Line line)
    {
        if (line.IsRow || line.IsBlank)
        {
            return (Label.None, null);
        }

        var text = StripHeadingMarks(line.ContentSpan);
        if (IsWord(text, FutureActions) || IsWord(text, FutureActionsShort))
        {
            return (Label.FutureActions, null);
        }

        if (text.SequenceEqual(Reason) || (text.StartsWith(Reason, StringComparison.Ordinal) && text.Length > Reason.Length && (char.IsWhiteSpace(text[Reason.Length]) || text[Reason.Length] == '※')))
        {
            return (Label.Reason, null);
        }

        foreach (var (word, label) in InlineLabels)
        {
            if (text.SequenceEqual(word))
            {
                return (label, null);
            }

            if (text.StartsWith(word, StringComparison.Ordinal) && char.IsWhiteSpace(text[word.Length]))
            {
                return (label, text[word.Length..].Trim().ToString());
            }
        }

        return text switch
        {
            Purpose => (Label.Purpose, null),
            Goals => (Label.Goals, null),
            Results => (Label.Results, null),
            Overview => (Label.Overview, null),
            _ => (Label.None, null),
        };
    }

    /// <summary>Whether a line opens a 事業 sheet: <c>令和4年度 実施計画兼予算要求書（検証）</c>.</summary>
    internal static bool IsProjectHeader(Line line) => !line.IsRow && line.Text.Contains(ProjectHeaderWord, StringComparison.Ordinal);

    /// <summary>Whether a line opens a 施策 sheet: a <c>所属</c> heading outside a table.</summary>
    internal static bool IsMeasureStart(Line line) => line.Heading.Label == Label.Department;

    /// <summary>A table row label, normalised: spaces removed, full-width parentheses folded (事業費(千円) = 事業費（千円）).</summary>
    internal static string RowLabel(ReadOnlySpan<char> cell)
    {
        Span<char> buffer = cell.Length <= 64 ? stackalloc char[64] : new char[cell.Length];
        var length = 0;
        foreach (var c in cell)
        {
            if (c is not (' ' or '\u3000'))
            {
                buffer[length++] = c switch
                {
                    '(' => '（',
                    ')' => '）',
                    _ => c,
                };
            }
        }

        // The layout's own labels come back as the constants, so that reading a table allocates no label strings.
        var folded = buffer[..length];
        return folded switch
        {
            TableHeader => TableHeader,
            OutcomeRow => OutcomeRow,
            GoalRow => GoalRow,
            ActivityRow => ActivityRow,
            "事業費" or CostRow => CostRow,
            StaffRow => StaffRow,
            Department => Department,
            Measure => Measure,
            Project => Project,
            Account => Account,
            Strategy => Strategy,
            _ => folded.ToString(),
        };
    }

    /// <summary>Removes Markdown-like heading marks and a list bullet: <c>##### 1 …</c>, <c>- (1) …</c>.</summary>
    internal static ReadOnlySpan<char> StripHeadingMarks(ReadOnlySpan<char> text)
    {
        var span = text.TrimStart();
        while (span.Length > 0 && span[0] == '#')
        {
            span = span[1..];
        }

        span = span.TrimStart();
        if (span.Length > 1 && span[0] == '-' && char.IsWhiteSpace(span[1]))
        {
            span = span[1..].TrimStart();
        }

        return span.TrimEnd();
    }

    /// <summary>Splits a numbered entry: <c>1 行政と市民等の役割の浸透</c> is 1 and 行政と…; <c>(1) …</c> has no number.</summary>
    internal static int? SplitNumber(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        rest = text;
        var i = 0;
        while (i < text.Length && JapaneseText.IsAsciiOrWideDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || i > 4 || i >= text.Length || !char.IsWhiteSpace(text[i]))
        {
            return null;
        }

        var number = 0;
        foreach (var c in text[..i])
        {
            number = (number * 10) + (JapaneseText.Fold(c) - '0');
        }

        var title = text[i..].Trim();
        if (title.IsEmpty)
        {
            return null;
        }

        rest = title;
        return number;
    }

    private static bool IsWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && text[word.Length..].Trim().IsEmpty;
}
