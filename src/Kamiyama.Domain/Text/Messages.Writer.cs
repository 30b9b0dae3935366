namespace Kamiyama.Domain.Text;

internal static partial class Messages
{
    // Writing: a refusal at a file position is "{path}: {detail}", otherwise the detail alone (the location shows the path); {line} is the paragraph (1-based) of a multi-line text, {at} the character (1-based).
    // {0} where ("in the published text layout"), {1} count, {2} the first diagnostic, {3} the writer's class
    internal const string NotWritable = "The document cannot be written {0}: {1} value(s) would not read back as they are ({3}.Check lists them as diagnostics); the first: {2}";
    internal const string WriterAtPath = "{0}: {1}";
    internal const string LoneSurrogate = "character {0} is a lone surrogate (U+{1:X4}), which is not Unicode text; no format can hold it.";
    internal const string NulInLayout = "character {0} is NUL (U+0000); the reader refuses a file with NUL as not text (KRD001), and the published layout has no escape for it.";
    internal const string LineBreakInLine = "character {0} is a line break; this value is one line of the published layout.";
    internal const string CarriageReturn = "character {0} is a carriage return, which the reader takes as the end of a line; separate paragraphs with LF only.";
    internal const string EmptyParagraph = "line {0} is empty; blank lines are not read in the published layout, so an empty paragraph cannot be written.";
    internal const string TabInLayout = "character {0} is a tab; in the published layout a tab makes the line a table row and separates its cells, and there is no escape for it.";
    internal const string EdgeSpace = "the value starts or ends with white space ('{0}'), which the reader trims.";
    internal const string EdgeSpaceInLine = "line {0} starts or ends with white space ('{1}'), which the reader trims.";
    internal const string TrailingSpace = "the line ends with white space ('{0}'), which the reader trims.";
    internal const string MeasureTitleSpacing = "the title '{0}' has spacing other than single spaces between words; the reader splits linked measures at spaces and joins a title's words with one space.";
    internal const string ReadsAsHeading = "'{0}' would read as the {1} heading; the published layout has no way to escape it.";
    internal const string ReadsAsHeadingInLine = "line {0} '{1}' would read as the {2} heading; the published layout has no way to escape it.";
    internal const string ReadsAsProjectHeader = "'{0}' would read as the header of a new 事業 sheet (it contains 実施計画兼予算要求書).";
    internal const string ReadsAsProjectHeaderInLine = "line {0} '{1}' would read as the header of a new 事業 sheet (it contains 実施計画兼予算要求書).";
    internal const string ReadsAsNumberedEntry = "'{0}' would read as a numbered entry (a number, a space and a title).";
    internal const string ReadsAsEntry = "'{0}' would read as {1}.";
    internal const string LosesHeadingMark = "'{0}' would lose its leading heading mark or bullet ('#', '- '), which the reader strips.";
    internal const string ReadsAsHeaderLabel = "'{0}' would read as the {0} label of the 事業 sheet's header rows.";
    internal const string ReadsAsCarriedOver = "the name ends with the carried-over mark and would read as the （繰越） part of '{0}'.";
    internal const string ReadsAsCostOrStaffRow = "a continuation row named '{0}' would read as the {1} row.";
    internal const string ReadsAsOtherMeasures = "'{0}' would read back as the linked measures {1}.";
    internal const string ReadsBackAs = "the value is written '{0}', which reads back as {1}.";
    internal const string DoesNotReadBack = "the value is written '{0}', which does not read back: {1}";
    internal const string MissingForLayout = "{0} is required by the published layout; the reader reports a sheet without it as an error ({1}).";
    internal const string EmptyIndicator = "an indicator with no name and only blank cells is an empty row, which the reader skips.";
    internal const string EmptyTitle = "an entry without a title cannot be written: nothing of it would be read.";
    internal const string EmptyDetail = "detail {0} is empty; the published layout writes nothing for it, so it would be lost.";
    internal const string BlankLine = "an unrecognised line that is empty or white space cannot be written: blank lines are not read.";
    internal const string ReadsAsRow = "the row '{0}' would read as the {1} row of the sheet, not as unrecognised.";
    internal const string ReadsInAnotherOrder = "the unrecognised lines would read back in another order (the reader keeps lines, rows and headings apart); the first out of place is '{0}'.";
    internal const string EmptyStatement = "an empty statement reads back as a blank cell.";
    internal const string NoFiscalYearToWrite = "the published layout writes the fiscal year in every sheet's header; a document without one reads as an error (KRD003).";
    internal const string FiscalYearNotWritable = "the fiscal year {0} is written '{1}', which does not read back as it: {2}";
    internal const string NoSheetsToWrite = "a document without sheets reads as an error (KRD002).";
    internal const string NoPlanName = "the published layout has no place for the plan's name ('{0}'); it would read back as none.";
    internal const string NoDirection = "the published layout has no place for an indicator's direction; lower-is-better would read back as higher-is-better.";
    internal const string KindNotOfRow = "a {0} indicator cannot stand in the {1} row; it would read back as {2}.";
    internal const string NotAStatement = "the qualitative 目標 row holds text; '{0}' would read back as a statement, not as {1}.";
    internal const string NumberOutOfLayout = "the entry number {0} cannot be written: the reader takes 1 to 4 digits as an entry's number.";
    internal const string UnnumberedAfterFirst = "an entry without a number after the first would read as a detail of the entry before.";
    internal const string CodeNotOfMeasure = "the {0} {1} is not the {0} of the measure {2}; the reader refuses it (KRD012).";
    internal const string NotMeasureCode = "'{0}' is a {1} code; the published layout links 事業 sheets to measure codes only (KRD012).";
}
