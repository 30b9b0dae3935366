using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Generators;

/// <summary>
/// Text-expressible documents (<see cref="DocumentGenerators.Document"/>) with zero to three of their values replaced by
/// hostile ones: section headings and sheet headers inside text, table rows, tabs, line breaks, control characters, NUL,
/// lone surrogates, leading and trailing (also full-width) spaces, empty strings, numbered lines, row labels, the
/// carried-over mark, plan codes, and model values the layout has no place for (a direction, a stray row, a plan name,
/// no fiscal year, no department). About a third of the documents are left clean, so both outcomes are common.
/// </summary>
internal static class HostileDocuments
{
    /// <summary>Strings the published layout reads as something else, or cannot hold at all.</summary>
    internal static readonly string[] Hazards =
    [
        "目標の実現に向けた今後の取組", "今後の取組", "理由", "理由 ※乖離がある場合", "所属", "所属 市政戦略課", "施策 5-1-1 推進", "振興計画", "目的", "目標",
        "実績", "事業概要", "創生総合戦略 該当なし", "## 目的", "- 理由", "令和4年度 実施計画兼予算要求書（検証）", "実施計画兼予算要求書", "区分\t\t令和4年度予算",
        "目標値\t件数\t1\t2\t3", "\t", "\n", "\r\n", "\r", "\n\n", "\0", "\u0001", "\u001B", "\uD800", "\uDFFF", "𠮷", " ", "　", "", "1 番号", "１２ 全角番号",
        "(1) 括弧", "# 見出し", "- 箇条", "事業費（千円）", "従事人工", "事業", "予算科目", "（繰越）", "5-1-2", "5-1-2 別の施策", "二つ  の空白", "全角　空白", "17.0 %",
        "－", "—", "\u2028", "\u0085", "\uFEFF", "年度",
    ];

    private static readonly Gen<string> Hazard = Gen.OneOf(Hazards);

    /// <summary>A hazard alone, or before, after or inside an ordinary line.</summary>
    internal static readonly Gen<string> Text =
        Gen.Frequency(
            (2, Hazard),
            (1, Gen.Select(DocumentGenerators.Line, Hazard, (line, hazard) => hazard + line)),
            (1, Gen.Select(DocumentGenerators.Line, Hazard, (line, hazard) => line + hazard)),
            (2, Gen.Select(DocumentGenerators.Line, Hazard, DocumentGenerators.Line, (a, hazard, b) => a + hazard + b)));

    /// <summary>A document with up to three hostile values.</summary>
    public static Gen<EvaluationDocument> Document { get; } =
        from document in DocumentGenerators.Document(textExpressible: true)
        from mutations in Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Text, Gen.Int[0, 1000]).Array[0, 3]
        select mutations.Aggregate(document, (d, m) => Apply(d, m.Item1, m.Item2, m.Item3, m.Item4));

    private static EvaluationDocument Apply(EvaluationDocument document, int sheetIndex, int what, string text, int index)
    {
        switch (what % 24)
        {
            case 0:
                return new EvaluationDocument(null, document.Sheets);
            case 1:
                return new EvaluationDocument(document.FiscalYear, document.Sheets, text);
        }

        var sheets = document.Sheets.ToArray();
        var i = sheetIndex % sheets.Length;
        sheets[i] = Apply(sheets[i], what % 24, text, index);
        return new EvaluationDocument(document.FiscalYear, sheets);
    }

    private static Sheet Apply(Sheet sheet, int what, string text, int index) => what switch
    {
        2 => sheet with { Department = string.IsNullOrWhiteSpace(text) ? null : new Department(text) },
        3 => sheet with { Reason = Insert(sheet.Reason, text, index) },
        4 => sheet with { FutureActions = Insert(sheet.FutureActions, text, index) },
        5 => sheet with { Unrecognized = [.. sheet.Unrecognized, text] },
        6 => sheet with { Strategy = string.IsNullOrWhiteSpace(text) ? null : StrategyLink.Parse(text) },
        7 => WithIndicator(sheet, index, i => i with { Name = text }),
        8 => WithIndicator(sheet, index, i => i with { Actual = new IndicatorValue.Statement(text) }),
        9 => WithIndicator(sheet, index, i => i with { Direction = IndicatorDirection.LowerIsBetter }),
        10 => WithIndicator(sheet, index, i => i with { Kind = (IndicatorKind)(index % 3) }),
        _ => sheet switch
        {
            MeasureSheet measure => Apply(measure, what, text, index),
            ProjectSheet project => Apply(project, what, text, index),
            _ => sheet,
        },
    };

    private static MeasureSheet Apply(MeasureSheet sheet, int what, string text, int index) => what switch
    {
        11 => sheet with { Measure = new PlanItem(sheet.Measure.Code, text) },
        12 => sheet with { Policy = new PlanItem(sheet.Policy.Code, text) },
        13 => sheet with { Chapter = new PlanItem(sheet.Chapter.Code, text) },
        14 => sheet with { Goals = WithItem(sheet.Goals, index, item => item with { Title = text }) },
        15 => sheet with { Results = WithItem(sheet.Results, index, item => item with { Details = [.. item.Details, text] }) },
        16 => sheet with { Purposes = WithItem(sheet.Purposes, index, item => item with { Number = index % 3 == 0 ? null : item.Number }) },
        17 => sheet with { Outcomes = [.. sheet.Outcomes, new Indicator(text, IndicatorKind.Outcome, IndicatorValue.Empty, IndicatorValue.Empty, IndicatorValue.Empty)] },
        _ => sheet with { Reason = text },
    };

    private static ProjectSheet Apply(ProjectSheet sheet, int what, string text, int index) => what switch
    {
        11 when !string.IsNullOrWhiteSpace(text) => sheet with { Name = text },
        12 => sheet with { Overview = Insert(sheet.Overview, text, index) },
        13 => sheet with { Purpose = Insert(sheet.Purpose, text, index) },
        14 => sheet with { Measures = [.. sheet.Measures.Select((m, k) => k == 0 ? new PlanItem(m.Code, text) : m)] },
        15 => sheet with { Goal = new Indicator(text, IndicatorKind.Qualitative, new IndicatorValue.Statement(text), IndicatorValue.Empty, IndicatorValue.Empty) },
        16 => sheet with { Account = sheet.Account is { } a ? new BudgetAccount(a.Fund, a.Division, a.Section, new BudgetAccountPart(a.Item.Code, text.Length == 0 ? "費" : text)) : null },
        17 => sheet with { Cost = sheet.Cost with { Actual = new Money(index) } },
        18 => sheet with { Activities = [.. sheet.Activities, new Indicator(text, IndicatorKind.Activity, IndicatorValue.Of(index, Unit.Times), IndicatorValue.Empty, IndicatorValue.Empty)] },
        19 => sheet with { Account = null },
        20 => sheet with { Measures = [] },
        _ => sheet with { Purpose = text },
    };

    /// <summary>The text as a paragraph of its own, or inside an existing one.</summary>
    private static string Insert(string paragraphs, string text, int index)
    {
        if (paragraphs.Length == 0 || index % 2 == 0)
        {
            return paragraphs.Length == 0 ? text : paragraphs + "\n" + text;
        }

        var at = index % (paragraphs.Length + 1);
        return paragraphs[..at] + text + paragraphs[at..];
    }

    private static Sheet WithIndicator(Sheet sheet, int index, Func<Indicator, Indicator> change) => sheet switch
    {
        MeasureSheet { Outcomes.Count: > 0 } m => m with { Outcomes = [.. m.Outcomes.Select((x, k) => k == index % m.Outcomes.Count ? change(x) : x)] },
        ProjectSheet { Activities.Count: > 0 } p => p with { Activities = [.. p.Activities.Select((x, k) => k == index % p.Activities.Count ? change(x) : x)] },
        ProjectSheet { Goal: { } goal } p => p with { Goal = change(goal) },
        _ => sheet,
    };

    private static ValueArray<SheetItem> WithItem(ValueArray<SheetItem> items, int index, Func<SheetItem, SheetItem> change) =>
        items.IsEmpty ? [change(new SheetItem(1, "見出し"))] : [.. items.Select((x, k) => k == index % items.Count ? change(x) : x)];
}
