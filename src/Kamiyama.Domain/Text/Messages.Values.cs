namespace Kamiyama.Domain.Text;

internal static partial class Messages
{
    // Numbers and quantities
    internal const string ExpectedNumber = "Expected a number (17, 17.0, 6,317, １２，０００, △5).";
    internal const string MisplacedSeparator = "A thousands separator must stand between digits.";
    internal const string ExpectedDigitsAfterPoint = "Expected digits after the decimal point.";
    internal const string NumberTooLarge = "The number is too large.";
    internal const string MisgroupedDigits = "Digits are grouped in threes: a thousands separator follows one to three digits and then every three digits (12,000, １２，０００).";
    internal const string SeparatorAfterPoint = "A thousands separator cannot follow the decimal point.";
    internal const string SecondDecimalPoint = "A number has one decimal point.";
    internal const string NumberNotExact = "The number has more digits than a value holds exactly (at most 28 after the decimal point and 28–29 in all); it is not rounded.";
    internal const string ExpectedIndicatorValue = "Expected a number with an optional unit (17.0 %, 6回), a not-applicable mark (－, －人, —) or nothing.";
    internal const string UnitStartsWithDigit = "A unit cannot start with a digit.";
    internal const string UnitEmpty = "A unit needs a symbol; use Unit.None for a bare number.";
    internal const string NotAUnit = "'{0}' is not a unit: expected a known unit (%, 人, 千円, ㎡, ℃ …) or words of letters joined by / or ・ with an optional qualifier in brackets (件数, 人/日, 人（延べ）), without digits or other marks.";
    internal const string ExpectedMoneyUnit = "Expected an amount with its unit: 千円 or 円 (6,317千円, 6,317,000円).";
    internal const string FractionalYen = "{0}千円 is not a whole number of yen.";
    internal const string NegativePersonYears = "Person-years (人工) cannot be negative.";

    // Codes and accounts
    internal const string ExpectedPlanCodeNumber = "Expected a number (the chapter, policy or measure of a plan code such as 5-1-1).";
    internal const string PlanCodeTooDeep = "A plan code has at most three levels: chapter-policy-measure (5-1-1).";
    internal const string PlanCodeZero = "The parts of a plan code start at 1.";
    internal const string ExpectedBudgetAccountParts = "Expected four parts 会計・款・項・目, such as 01一般会計・02総務費・01総務管理費・06企画費; found {0}.";
    internal const string ExpectedBudgetAccountName = "Expected a name after the code in part {0} of the budget account.";
    internal const string ExpectedStrategyLink = "Expected a 創生総合戦略 entry or 該当なし.";
}
