namespace Kamiyama.Domain.Text;

internal static partial class Messages
{
    // Reading the published text layout
    internal const string InvalidUtf8 = "The input is not UTF-8 text: {0} invalid byte sequence(s), the first at byte {1}; it is not read further (save it as UTF-8).";
    internal const string NulCharacters = "The input contains NUL characters: it looks like a binary file, not text.";
    internal const string NoSheets = "No sheet found: expected a 施策 sheet starting with '所属' or a 事業 sheet starting with '令和4年度 実施計画兼予算要求書（検証）'.";
    internal const string NoFiscalYear = "No fiscal year found: expected a header such as '令和4年度 実施計画兼予算要求書（検証）' or a table header '区分 … 令和4年度予算'.";
    internal const string FiscalYearDisagrees = "This header names {0}, but the document's fiscal year is {1} (from line {2}).";
    internal const string FiscalYearUnreadable = "Cannot read the fiscal year in '{0}': {1}";
    internal const string UnrecognizedLine = "Unrecognised content, kept as is: '{0}'.";
    internal const string UnrecognizedBeforeSheet = "Text before the first sheet, kept with that sheet: '{0}'.";
    internal const string MissingField = "Expected {0}; the sheet does not give it.";
    internal const string MissingMeasureCode = "Expected the 施策 line (a measure code and title such as '5-1-1 多様な担い手が参画するまちづくりの推進'); the sheet at this line was skipped.";
    internal const string MissingProjectName = "Expected the 事業 name in the '所属 … 事業 … 予算科目' row; the sheet at this line was skipped.";
    internal const string InvalidChapter = "Expected a chapter heading such as '第5章 つながる『みんなで創る住みよいまち』', found '{0}'.";
    internal const string InvalidPolicy = "Expected a policy line such as '5-1 みんなが主役のまちづくりを推進します', found '{0}'.";
    internal const string InvalidMeasure = "Expected a measure code and title such as '5-1-1 多様な担い手が参画するまちづくりの推進', found '{0}'.";
    internal const string CodeOutsideParent = "{0} {1} is not under {2} {3}.";
    internal const string InvalidAccount = "Expected a budget account (予算科目) such as '01一般会計・02総務費・01総務管理費・06企画費': {0}";
    internal const string InvalidLinkedMeasure = "Expected linked measures (施策) as codes and titles such as '5-2-1 地域自治活動の育成 6-2-1 効率的な行政運営の推進', found '{0}'.";
    internal const string SectionRepeated = "The section '{0}' appears again (first at line {1}); its content is added to the first.";
    internal const string ShortRow = "The table row has {0} cell(s); expected 5: 区分, name, this year's target or budget, actual, next year's target. The missing cells are read as blank.";
    internal const string ExtraCells = "The table row has {0} cells; expected 5. The extra cells are kept as unrecognised content.";
    internal const string UnknownRow = "Unknown table row '{0}'; expected 目標値, 目標, 活動指標, 事業費（千円） or 従事人工. The row is kept as unrecognised content.";
    internal const string ContinuationWithoutRow = "A continuation row (starting with a tab) must follow a 目標値 or 活動指標 row; kept as unrecognised content.";
    internal const string InvalidIndicatorCell = "The {0} of '{1}' is not a value: {2} It is kept as text.";
    internal const string InvalidFigureCell = "The {0} of {1} is not a number: {2} The cell is kept as unrecognised content.";
    internal const string RowRepeated = "The row '{0}' appears again; only the first is used and this one is kept as unrecognised content.";
    internal const string UnexpectedTableRow = "A table row outside a table (no '区分' header before it); kept as unrecognised content.";
}
