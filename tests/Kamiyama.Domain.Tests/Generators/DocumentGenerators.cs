using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Generators;

/// <summary>
/// CsCheck generators of whole evaluation documents. With <c>textExpressible: true</c> every document can be written in
/// the published text layout and read back equal without diagnostics: at least one sheet; single-line texts from a pool
/// of Japanese words that never start like a label, a number or a mark (Reason, FutureActions, Overview and Purpose are
/// 0–3 such lines joined by LF; each SheetItem.Details entry is one line, as the layout gives every detail its own
/// paragraph); consistent plan codes whose titles agree across the document; quantities with known units; costs in
/// whole 千円; higher-is-better indicators. With <c>false</c> anything the model accepts may appear: other directions,
/// nulls (also for the department and the strategy), unrecognised lines, tabs and line breaks inside texts, empty names,
/// odd units, negative and finely scaled numbers, no fiscal year, no sheets.
/// </summary>
internal static class DocumentGenerators
{
    /// <summary>
    /// Words that can start a text: none starts with a digit, a dash, '#', '(', '第', a mark or a label of the layout
    /// (所属, 施策, 目標 …), none starts with 度 or contains 年度, so no concatenation can form 年度 either.
    /// </summary>
    internal static readonly string[] Words =
    [
        "地域", "市民", "交流", "活動", "支援", "推進", "観光", "健康づくり", "子育て", "移住", "定住", "農業", "商工業", "教育", "文化",
        "スポーツ", "環境", "防災", "福祉", "医療", "協働", "まちづくり", "担い手", "ボランティア", "地区会", "温泉", "クアオルト",
        "姉妹都市", "情報発信", "相談体制", "人材育成", "連携強化", "魅力向上", "高齢者", "若者", "女性", "参画", "啓発", "講座", "研修",
        "イベント", "補助金", "広報紙", "公共交通", "空き家", "景観", "里山", "農産物", "ふるさと", "住みよいまち", "安心", "安全",
        "にぎわい", "創出", "状態", "向上", "充実", "拡大", "維持", "確保", "上山市", "蔵王", "「来てよし」", "『みんなで創る』",
        "NPO法人", "PDCAサイクル", "検証", "周知", "実践", "促進", "育成", "普及", "連絡調整", "関係機関", "お試し居住", "体験型観光",
    ];

    /// <summary>Names of budget account parts (会計・款・項・目): no ・, which separates the parts.</summary>
    internal static readonly string[] AccountNames =
        ["一般会計", "特別会計", "総務費", "民生費", "衛生費", "商工費", "教育費", "総務管理費", "社会福祉費", "社会教育費", "企画費", "一般管理費", "観光物産費", "青少年女性費"];

    private static readonly string[] Joiners = ["", "", "", "の", "と", "、", " "];

    private static readonly Gen<Unit> KnownUnitOrNone = Gen.OneOf([Unit.None, .. Unit.Known]);

    /// <summary>A whole document.</summary>
    /// <param name="textExpressible">Whether every document must be expressible in the published text layout.</param>
    public static Gen<EvaluationDocument> Document(bool textExpressible) =>
        from plan in textExpressible ? ConsistentPlan : FreePlan
        from measures in Gen.Shuffle(plan)
        from measureCount in Gen.Int[0, Math.Min(4, plan.Length)]
        from measureSheets in Sequence(measures.Take(measureCount).Select(m => Measure(m, textExpressible)))
        from projectSheets in Project(plan, textExpressible).Array[measureCount == 0 && textExpressible ? 1 : 0, 4]
        from sheets in Gen.Shuffle(measureSheets.Concat(projectSheets).ToArray())
        from fiscalYear in textExpressible
            ? Gen.Int[2000, 2030].Select(y => (FiscalYear?)new FiscalYear(y))
            : Gen.Int[FiscalYear.MinStartYear, FiscalYear.MaxStartYear].Select(y => new FiscalYear(y)).Nullable(0.2)
        from planName in textExpressible ? Gen.Const((string?)null) : FreeText.Null(0.5)
        select new EvaluationDocument(fiscalYear, sheets, planName);

    /// <summary>A single-line text of one to four pool words.</summary>
    internal static readonly Gen<string> Line =
        from first in Gen.OneOf(Words)
        from rest in Gen.Select(Gen.OneOf(Joiners), Gen.OneOf(Words), (j, w) => j + w).Array[0, 3]
        from end in Gen.OneOf("", "", "。")
        select first + string.Concat(rest) + end;

    /// <summary>Zero to three lines joined by line feeds (empty for none).</summary>
    internal static readonly Gen<string> Paragraphs = Line.Array[0, 3].Select(lines => string.Join('\n', lines));

    /// <summary>Text with what the layout cannot hold: tabs, line breaks, quotes, controls, surrogate pairs, spaces.</summary>
    internal static readonly Gen<string> FreeText =
        Gen.OneOf<string>(Line, Gen.OneOf("\t", "\n", "\r\n", " ", "　", "\"", "\\", "\u0001", "\u2028", "𠮷", "－", "—", "17.0 %", "(1)", "#", "年度", "所属"))
            .Array[0, 5].Select(string.Concat);

    private static readonly Gen<string> NonBlankFreeText = Gen.Select(Line, FreeText, FreeText, (line, before, after) => before + line + after);

    private static Gen<(PlanItem Chapter, PlanItem Policy, PlanItem Measure)[]> ConsistentPlan =>
        from chapters in Gen.Shuffle(Enumerable.Range(1, 9).ToArray(), 1, 2)
        from policies in Sequence(chapters.Select(c => Gen.Int[1, 3].SelectMany(count => Sequence(Enumerable.Range(1, count).Select(p => Headings(c, p))))))
        select policies.SelectMany(p => p).SelectMany(p => p).ToArray();

    private static Gen<(PlanItem Chapter, PlanItem Policy, PlanItem Measure)[]> Headings(int chapter, int policy) =>
        from titles in Line.Array[4, 4]
        from count in Gen.Int[1, 3]
        select Enumerable.Range(1, count)
            .Select(m => (
                new PlanItem(new PlanCode(chapter), ChapterTitle(chapter)),
                new PlanItem(new PlanCode(chapter, policy), titles[0]),
                new PlanItem(new PlanCode(chapter, policy, m), titles[m])))
            .ToArray();

    // A chapter's title must not depend on which policy is generated first: the same code carries the same title.
    private static string ChapterTitle(int chapter) => Words[chapter * 7 % Words.Length] + "のまち";

    private static Gen<(PlanItem Chapter, PlanItem Policy, PlanItem Measure)[]> FreePlan =>
        Gen.Select(Gen.Int[1, 999], Gen.Int[1, 999], Gen.Int[1, 999], FreeText, FreeText, FreeText)
            .Select((c, p, m, t1, t2, t3) => (new PlanItem(new PlanCode(c), t1), new PlanItem(new PlanCode(c, p), t2), new PlanItem(new PlanCode(c, p, m), t3)))
            .Array[1, 5];

    private static Gen<Sheet> Measure((PlanItem Chapter, PlanItem Policy, PlanItem Measure) heading, bool textExpressible) =>
        from common in Common(textExpressible)
        from purposes in Items(textExpressible).Array[0, 3]
        from goals in Items(textExpressible).Array[0, 3]
        from results in Items(textExpressible).Array[0, 3]
        from outcomes in Indicator(IndicatorKind.Outcome, textExpressible).Array[0, 3]
        select (Sheet)new MeasureSheet
        {
            Department = common.Department,
            Strategy = common.Strategy,
            Chapter = heading.Chapter,
            Policy = heading.Policy,
            Measure = heading.Measure,
            Purposes = [.. purposes],
            Goals = [.. goals],
            Results = [.. results],
            Outcomes = [.. outcomes],
            Reason = common.Reason,
            FutureActions = common.FutureActions,
            Unrecognized = common.Unrecognized,
        };

    private static Gen<Sheet> Project((PlanItem Chapter, PlanItem Policy, PlanItem Measure)[] plan, bool textExpressible) =>
        from common in Common(textExpressible)
        from name in textExpressible ? Line : NonBlankFreeText
        from carriedOver in Gen.Bool
        from account in textExpressible ? Account.Select(a => (BudgetAccount?)a) : Account.Null(0.3)
        from measures in textExpressible
            ? Gen.Shuffle(plan.Select(p => p.Measure).ToArray(), 1, 2)
            : Gen.OneOf<PlanItem[]>(Gen.Shuffle(plan.Select(p => p.Measure).ToArray(), 0, 2), FreePlan.Select(p => p.Select(h => h.Policy).ToArray()))
        from texts in (textExpressible ? Paragraphs : FreeText).Array[2, 2]
        from goal in Goal(textExpressible)
        from activities in Indicator(IndicatorKind.Activity, textExpressible).Array[0, 3]
        from cost in Gen.Select(MoneyFigure(textExpressible), MoneyFigure(textExpressible), MoneyFigure(textExpressible), (b, a, n) => new CostLine(b, a, n))
        from staff in Gen.Select(StaffFigure(textExpressible), StaffFigure(textExpressible), StaffFigure(textExpressible), (p, a, n) => new StaffLine(p, a, n))
        select (Sheet)new ProjectSheet
        {
            Department = common.Department,
            Strategy = common.Strategy,
            Name = name,
            IsCarriedOver = carriedOver,
            Account = account,
            Measures = [.. measures],
            Overview = texts[0],
            Purpose = texts[1],
            Goal = goal,
            Activities = [.. activities],
            Cost = cost,
            Staff = staff,
            Reason = common.Reason,
            FutureActions = common.FutureActions,
            Unrecognized = common.Unrecognized,
        };

    private static Gen<(Department? Department, StrategyLink? Strategy, string Reason, string FutureActions, ValueArray<string> Unrecognized)> Common(bool textExpressible) =>
        from department in textExpressible ? Line.Select(l => (string?)l) : NonBlankFreeText.Null(0.2)
        from strategy in textExpressible ? Strategy(true).Select(s => (StrategyLink?)s) : Strategy(false).Null(0.2)
        from reason in textExpressible ? Paragraphs : FreeText
        from futureActions in textExpressible ? Paragraphs : FreeText
        from unrecognized in textExpressible ? Gen.Const(Array.Empty<string>()) : FreeText.Array[0, 3]
        select (department is null ? null : new Department(department), strategy, reason, futureActions, (ValueArray<string>)[.. unrecognized]);

    /// <summary>該当なし, or a link shaped as the layout writes it: <c>2 かみのやま「来てよし」プロジェクト 移住 交流の推進</c>.</summary>
    private static Gen<StrategyLink> Strategy(bool textExpressible) =>
        Gen.Frequency(
            (2, Gen.Const(StrategyLink.None)),
            (3, from number in Gen.Int[1, 4]
                from project in Gen.OneOf(Words)
                from detail in Line.Array[1, 2]
                select StrategyLink.Parse($"{number} {project}プロジェクト {string.Join(' ', detail)}")),
            (textExpressible ? 0 : 1, NonBlankFreeText.Select(StrategyLink.Parse)));

    private static Gen<SheetItem> Items(bool textExpressible) => textExpressible
        ? Gen.Select(Gen.Int[1, 9], Line, Line.Array[0, 3], (n, title, details) => new SheetItem(n, title, [.. details]))
        : Gen.Select(Gen.Int.Nullable(0.3), FreeText, FreeText.Array[0, 3], (n, title, details) => new SheetItem(n, title, [.. details]));

    private static Gen<Indicator> Indicator(IndicatorKind row, bool textExpressible) => textExpressible
        ? Gen.Select(Line, Cell(true).Array[3, 3], (name, cells) => new Indicator(name, row, cells[0], cells[1], cells[2]))
        : Gen.Select(FreeText, Cell(false).Array[3, 3], Gen.Enum<IndicatorDirection>(), Gen.Frequency((4, Gen.Const(row)), (1, Gen.Enum<IndicatorKind>())))
            .Select((name, cells, direction, kind) => new Indicator(name, kind, cells[0], cells[1], cells[2], direction));

    private static Gen<Indicator?> Goal(bool textExpressible) => textExpressible
        ? Gen.Select(Line, Gen.OneOf<IndicatorValue>(Line.Select(t => (IndicatorValue)new IndicatorValue.Statement(t)), Gen.Const(IndicatorValue.Empty)).Array[3, 3])
            .Select((name, cells) => new Indicator(name, IndicatorKind.Qualitative, cells[0], cells[1], cells[2])).Null(0.25)
        : Indicator(IndicatorKind.Qualitative, false).Null(0.3);

    private static Gen<IndicatorValue> Cell(bool textExpressible) => textExpressible
        ? Gen.Frequency(
            (6, Gen.Select(Scaled(0, 100_000, 2), KnownUnitOrNone, (value, unit) => (IndicatorValue)new IndicatorValue.Quantity(value, unit))),
            (1, KnownUnitOrNone.Select(unit => (IndicatorValue)new IndicatorValue.NotApplicable(unit))),
            (1, Gen.Const(IndicatorValue.Empty)))
        : Gen.Frequency(
            (4, Gen.Select(Scaled(-1_000_000_000, 1_000_000_000, 6), AnyUnit, (value, unit) => (IndicatorValue)new IndicatorValue.Quantity(value, unit))),
            (1, AnyUnit.Select(unit => (IndicatorValue)new IndicatorValue.NotApplicable(unit))),
            (1, Gen.Const(IndicatorValue.Empty)),
            (1, FreeText.Select(text => (IndicatorValue)new IndicatorValue.Statement(text))));

    private static readonly Gen<Unit> AnyUnit = Gen.OneOf<Unit>(KnownUnitOrNone, Gen.OneOf("％", "人/日", "ｋｍ", "件数", "m²", "𠮷").Select(s => new Unit(s)));

    /// <summary>A decimal between the bounds with 0 to <paramref name="maxScale"/> written decimals (17, 17.0, 17.25).</summary>
    private static Gen<decimal> Scaled(long min, long max, int maxScale) =>
        from scale in Gen.Int[0, maxScale]
        from mantissa in Gen.Long[min * Pow10(scale), max * Pow10(scale)]
        select ToDecimal(mantissa, scale);

    private static decimal ToDecimal(long mantissa, int scale)
    {
        var magnitude = (ulong)Math.Abs(mantissa);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, mantissa < 0, (byte)scale);
    }

    private static long Pow10(int exponent) => exponent == 0 ? 1 : 10 * Pow10(exponent - 1);

    private static Gen<Figure<Money>> MoneyFigure(bool textExpressible) => FigureOf(
        textExpressible ? Gen.Long[0, 1_000_000].Select(thousands => new Money(thousands * 1000)) : Gen.Long.Select(yen => new Money(yen)));

    private static Gen<Figure<PersonYears>> StaffFigure(bool textExpressible) =>
        FigureOf(Scaled(0, textExpressible ? 20 : 100_000, textExpressible ? 2 : 6).Select(v => new PersonYears(v)));

    private static Gen<Figure<T>> FigureOf<T>(Gen<T> value)
        where T : struct, IEquatable<T> =>
        Gen.Frequency((6, value.Select(Figure<T>.Of)), (1, Gen.Const(Figure<T>.NotApplicable)), (1, Gen.Const(Figure<T>.Blank)));

    private static Gen<BudgetAccount> Account =>
        Gen.Select(Gen.Int[1, 99], Gen.OneOf(AccountNames), (code, name) => new BudgetAccountPart(code.ToString("00", System.Globalization.CultureInfo.InvariantCulture), name))
            .Array[4, 4].Select(parts => new BudgetAccount(parts[0], parts[1], parts[2], parts[3]));

    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, next) => Gen.Select(all, next, (items, item) => (T[])[.. items, item]));
}
