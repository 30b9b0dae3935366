using System.Text;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>
/// Inputs that are not a document of the JSON format, each with the one diagnostic a reader must give: code, 1-based
/// line and column (UTF-16), and message. The lines refer to <see cref="JsonInputs.Valid"/>.
/// </summary>
internal static class MalformedInputs
{
    private const string Malformed = ReaderDiagnosticCodes.Malformed;

    public static readonly IReadOnlyDictionary<string, byte[]> Inputs = new Dictionary<string, byte[]>
    {
        ["truncated in a string"] = Utf8(JsonInputs.Valid[..JsonInputs.Valid.IndexOf("市政戦略課", StringComparison.Ordinal)]),
        ["truncated before the last brace"] = Utf8(JsonInputs.Valid[..^2]),
        ["empty"] = [],
        ["a number for a string"] = Utf8(JsonInputs.With("\"市政戦略課\"", "5")),
        ["null for the sheets"] = Utf8(JsonInputs.With("\"sheets\": [", "\"sheets\": null, \"x\": [")),
        ["an array for the document"] = Utf8("[1, 2]"),
        ["an unknown property"] = Utf8(JsonInputs.With("\"department\"", "\"departement\"")),
        ["an unknown property of a value"] = Utf8(JsonInputs.With("\"unit\": \"団体\"", "\"unit\": \"団体\", \"text\": \"x\"")),
        ["a property twice"] = Utf8(JsonInputs.With("\"name\": \"まちづくり推進事業費\",", "\"name\": \"まちづくり推進事業費\", \"name\": \"x\",")),
        ["no chapter"] = Utf8(JsonInputs.With("\"chapter\": { \"code\": \"5\", \"title\": \"つながる\" },\n      ", string.Empty)),
        ["no sheets"] = Utf8("{\"schemaVersion\": 1}"),
        ["no sheet type"] = Utf8(JsonInputs.With("\"type\": \"project\",", string.Empty)),
        ["no quantity value"] = Utf8(JsonInputs.With("\"value\": 17, ", string.Empty)),
        ["no schemaVersion"] = Utf8(JsonInputs.With("\"schemaVersion\": 1,", string.Empty)),
        ["schemaVersion 99"] = Utf8(JsonInputs.With("\"schemaVersion\": 1", "\"schemaVersion\": 99")),
        ["schemaVersion 0"] = Utf8(JsonInputs.With("\"schemaVersion\": 1", "\"schemaVersion\": 0")),
        ["schemaVersion as a string"] = Utf8(JsonInputs.With("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")),
        ["binary garbage"] = [0xFF, 0xFE, 0x7B, 0x00, 0x89, 0x50],
        ["an invalid byte on line 2"] = [.. Utf8("{\n  \"a"), 0xC3, 0x28],
        ["control characters"] = [0x00, 0x01, 0x50, 0x4E, 0x47],
        ["a trailing comma"] = Utf8(JsonInputs.With("\"planned\": 0.5 }", "\"planned\": 0.5, }")),
        ["a comment"] = Utf8(JsonInputs.With("\"strategy\": \"該当なし\",\n      \"cost\"", "// none\n      \"cost\"")),
        ["an unpaired surrogate"] = Utf8(JsonInputs.With("\"担い手\"", "\"\\uD800\"")),
        ["an unknown sheet type"] = Utf8(JsonInputs.With("\"type\": \"project\"", "\"type\": \"programme\"")),
        ["an unknown value kind"] = Utf8(JsonInputs.With("\"kind\": \"quantity\"", "\"kind\": \"amount\"")),
        ["an unknown direction"] = Utf8(JsonInputs.With("\"name\": \"NPO法人数\",", "\"name\": \"NPO法人数\", \"direction\": \"up\",")),
        ["a chapter code for a policy"] = Utf8(JsonInputs.With("\"code\": \"5-1\"", "\"code\": \"5\"")),
        ["a broken plan code"] = Utf8(JsonInputs.With("\"code\": \"5-1-1\"", "\"code\": \"5-x\"")),
        ["negative person-years"] = Utf8(JsonInputs.With("0.5", "-0.5")),
        ["a fraction of a yen"] = Utf8(JsonInputs.With("5300000", "5300000.5")),
        ["a dash for not applicable"] = Utf8(JsonInputs.With("\"notApplicable\"", "\"—\"")),
        ["a number beyond decimal"] = Utf8(JsonInputs.With("\"value\": 17", "\"value\": 1e400")),
        ["a label of another year"] = Utf8(JsonInputs.With("令和4年度", "令和5年度")),
        ["a label that is no year"] = Utf8(JsonInputs.With("令和4年度", "今年度")),
        ["a year before 1886"] = Utf8(JsonInputs.With("2022", "1800")),
        ["a blank department"] = Utf8(JsonInputs.With("\"市政戦略課\"", "\"  \"")),
        ["an empty strategy"] = Utf8(JsonInputs.With("\"該当なし\"", "\"\"")),
        ["a unit starting with a digit"] = Utf8(JsonInputs.With("\"団体\"", "\"1団体\"")),
        ["a number below decimal's scale"] = Utf8(JsonInputs.With("\"value\": 17", "\"value\": 1e-400")),
        ["a unit of two percent signs"] = Utf8(JsonInputs.With("\"団体\"", "\"%%\"")),
        ["a unit with digits"] = Utf8(JsonInputs.With("\"団体\"", "\"e400 %\"")),
    };

    /// <summary>Name of the input, diagnostic code, line, column, message.</summary>
    public static TheoryData<string, string, int, int, string> Expected => new()
    {
        { "truncated in a string", Malformed, 7, 22, "$.sheets[0]: Not valid JSON: Expected end of string, but instead reached end of data." },
        { "truncated before the last brace", Malformed, 22, 4, "$: Not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed." },
        { "empty", Malformed, 1, 1, "$: Not valid JSON: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true." },
        { "a number for a string", Malformed, 7, 21, "$.sheets[0].department: Expected a string or null, found a number." },
        { "null for the sheets", Malformed, 4, 13, "$.sheets: Expected an array, found null." },
        { "an array for the document", Malformed, 1, 1, "$: Expected an object, found an array." },
        { "an unknown property", Malformed, 7, 7, "$.sheets[0]: Unknown property 'departement'; expected one of: type, department, chapter, policy, measure, strategy, purposes, goals, results, outcomes, reason, futureActions, unrecognized." },
        { "an unknown property of a value", Malformed, 12, 99, "$.sheets[0].outcomes[0].target: Unknown property 'text'; expected one of: kind, value, unit." },
        { "a property twice", Malformed, 17, 29, "$.sheets[1]: Property 'name' appears more than once." },
        { "no chapter", Malformed, 5, 5, "$.sheets[0]: Missing required property 'chapter'." },
        { "no sheets", Malformed, 1, 1, "$: Missing required property 'sheets'." },
        { "no sheet type", Malformed, 14, 5, "$.sheets[1]: Missing required property 'type'." },
        { "no quantity value", Malformed, 12, 50, "$.sheets[0].outcomes[0].target: Missing required property 'value'." },
        { "no schemaVersion", Malformed, 1, 1, "$: Missing required property 'schemaVersion': an evaluation document says which version of the format it uses (this library reads version 1)." },
        { "schemaVersion 99", Malformed, 2, 20, "$.schemaVersion: schemaVersion 99 is newer than this library reads (version 1); update Kamiyama.Domain to read this file." },
        { "schemaVersion 0", Malformed, 2, 20, "$.schemaVersion: schemaVersion 0 is not a version of this format; this library reads version 1." },
        { "schemaVersion as a string", Malformed, 2, 20, "$.schemaVersion: Expected a number, found a string." },
        { "binary garbage", ReaderDiagnosticCodes.NotText, 1, 1, "The input is not UTF-8 text: byte 0xFF cannot start or continue a character." },
        { "an invalid byte on line 2", ReaderDiagnosticCodes.NotText, 2, 5, "The input is not UTF-8 text: byte 0xC3 cannot start or continue a character." },
        { "control characters", Malformed, 1, 1, "$: Not valid JSON: '0x00' is an invalid start of a value." },
        { "a trailing comma", Malformed, 20, 34, "$.sheets[1].staff: Not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options." },
        { "a comment", Malformed, 18, 7, "$.sheets[1]: Not valid JSON: '/' is an invalid start of a property name. Expected a '\"'." },
        { "an unpaired surrogate", Malformed, 10, 46, "$.sheets[0].measure.title: The string is not valid Unicode: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate." },
        { "an unknown sheet type", Malformed, 15, 15, "$.sheets[1].type: Unknown sheet type 'programme'; expected one of: measure, project." },
        { "an unknown value kind", Malformed, 12, 60, "$.sheets[0].outcomes[0].target.kind: Unknown value kind 'amount'; expected one of: quantity, notApplicable, blank, statement." },
        { "an unknown direction", Malformed, 12, 53, "$.sheets[0].outcomes[0].direction: Unknown direction 'up'; expected one of: higherIsBetter, lowerIsBetter." },
        { "a chapter code for a policy", Malformed, 9, 27, "$.sheets[0].policy.code: '5' is a chapter (章) code; expected a policy (政策) code such as 5-1." },
        { "a broken plan code", Malformed, 10, 28, "$.sheets[0].measure.code: '5-x' is not a plan code: Unexpected text '-x' after the value." },
        { "negative person-years", Malformed, 20, 29, "$.sheets[1].staff.planned: Person-years (人工) cannot be negative." },
        { "a fraction of a yen", Malformed, 19, 27, "$.sheets[1].cost.budget: Expected a whole number of yen; found 5300000.5." },
        { "a dash for not applicable", Malformed, 19, 66, "$.sheets[1].cost.nextBudget: Expected a whole number of yen, \"notApplicable\" or null (blank); found a string '—'." },
        { "a number beyond decimal", Malformed, 12, 81, "$.sheets[0].outcomes[0].target.value: The number 1e400 is out of range." },
        { "a label of another year", Malformed, 3, 47, "$.fiscalYear.label: The label '令和5年度' names 2023年度, but startYear 2022 is 令和4年度." },
        { "a label that is no year", Malformed, 3, 47, "$.fiscalYear.label: The label '今年度' is not a fiscal year: Expected an era name (令和, 平成 …), an era letter (R, H …), an era symbol (㋿, ㍻ …) or a Gregorian year." },
        { "a year before 1886", Malformed, 3, 32, "$.fiscalYear.startYear: Fiscal year 1800 is outside the supported range 1886–9998: Japan's April–March fiscal year began in 1886." },
        { "a blank department", Malformed, 7, 21, "$.sheets[0].department: A department (所属) needs a name; write null when the sheet gives none." },
        { "an empty strategy", Malformed, 11, 19, "$.sheets[0].strategy: Expected a 創生総合戦略 entry or 該当なし." },
        { "a unit starting with a digit", Malformed, 12, 93, "$.sheets[0].outcomes[0].target.unit: '1団体' is not a unit: A unit cannot start with a digit." },
        // The same places as 'a number beyond decimal' and 'a unit starting with a digit': the value replaced is at the same offset.
        { "a number below decimal's scale", Malformed, 12, 81, "$.sheets[0].outcomes[0].target.value: The number 1e-400 cannot be read: " + Messages.NumberNotExact },
        { "a unit of two percent signs", Malformed, 12, 93, "$.sheets[0].outcomes[0].target.unit: '%%' is not a unit: " + Messages.Format(Messages.NotAUnit, "%%") },
        { "a unit with digits", Malformed, 12, 93, "$.sheets[0].outcomes[0].target.unit: 'e400 %' is not a unit: " + Messages.Format(Messages.NotAUnit, "e400 %") },
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
