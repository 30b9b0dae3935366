namespace Kamiyama.Domain.Json;

/// <summary>
/// Every message of the JSON reader, in one place so that tests can assert them. A message is prefixed with the JSON
/// path of what it is about (<c>$.sheets[2].cost.budget: …</c>); composite formats use the invariant culture.
/// </summary>
internal static class JsonMessages
{
    // {0} path, {1} detail
    internal const string AtPath = "{0}: {1}";

    // {0} message, {1} line, {2} column
    internal const string WithPosition = "{0} (line {1}, column {2})";

    internal const string NotJson = "Not valid JSON: {0}";
    internal const string NotUtf8 = "The input is not UTF-8 text: byte 0x{0:X2} cannot start or continue a character.";
    internal const string ExpectedToken = "Expected {0}, found {1}.";
    internal const string UnknownProperty = "Unknown property '{0}'; expected one of: {1}.";
    internal const string DuplicateProperty = "Property '{0}' appears more than once.";
    internal const string MissingProperty = "Missing required property '{0}'.";

    internal const string MissingSchemaVersion = "Missing required property 'schemaVersion': an evaluation document says which version of the format it uses (this library reads version {0}).";
    internal const string NewerSchemaVersion = "schemaVersion {0} is newer than this library reads (version {1}); update Kamiyama.Domain to read this file.";
    internal const string InvalidSchemaVersion = "schemaVersion {0} is not a version of this format; this library reads version {1}.";

    internal const string UnknownValue = "Unknown {0} '{1}'; expected one of: {2}.";
    internal const string NotWholeNumber = "Expected a whole number; found {0}.";
    internal const string NumberOutOfRange = "The number {0} is out of range.";
    internal const string UnreadableNumber = "The number {0} cannot be read: {1}";
    internal const string NotWholeYen = "Expected a whole number of yen; found {0}.";
    internal const string ExpectedFigure = "Expected {0}, \"notApplicable\" or null (blank); found {1}.";
    internal const string InvalidString = "The string is not valid Unicode: {0}";

    internal const string FiscalYearLabelMismatch = "The label '{0}' names {1}, but startYear {2} is {3}.";
    internal const string InvalidFiscalYearLabel = "The label '{0}' is not a fiscal year: {1}";
    internal const string InvalidPlanCode = "'{0}' is not a plan code: {1}";
    internal const string WrongPlanLevel = "'{0}' is a {1} code; expected a {2} code such as {3}.";
    internal const string EmptyDepartment = "A department (所属) needs a name; write null when the sheet gives none.";
    internal const string EmptyProjectName = "A project (事業) needs a name.";
    internal const string InvalidUnit = "'{0}' is not a unit: {1}";
    internal const string InvalidSheet = "The sheet is not valid: {0}";

    internal const string UnrecognizedLine = "Content the original source could not place, kept as unrecognised: '{0}'.";

    // What a token is, for ExpectedToken.
    internal const string AnObject = "an object";
    internal const string AnArray = "an array";
    internal const string AString = "a string";
    internal const string ANumber = "a number";
    internal const string ABoolean = "true or false";
    internal const string Null = "null";
    internal const string AnObjectOrNull = "an object or null";
    internal const string AStringOrNull = "a string or null";
    internal const string ANumberOrNull = "a number or null";
    internal const string AWholeNumberOfYen = "a whole number of yen";
    internal const string APersonYears = "a number of person-years";
}
