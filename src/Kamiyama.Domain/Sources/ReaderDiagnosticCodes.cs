namespace Kamiyama.Domain.Sources;

/// <summary>The stable codes of reader diagnostics. A code never changes meaning; new problems get new codes.</summary>
public static class ReaderDiagnosticCodes
{
    /// <summary>The input is not UTF-8 text (invalid bytes, NUL characters).</summary>
    public const string NotText = "KRD001";

    /// <summary>No sheet was found in the input.</summary>
    public const string NoSheets = "KRD002";

    /// <summary>The fiscal year could not be found, or the headers disagree about it.</summary>
    public const string FiscalYear = "KRD003";

    /// <summary>The input could not be parsed as a document of this format at all (malformed JSON).</summary>
    public const string Malformed = "KRD004";

    /// <summary>A path names no file or folder (or a pattern that cannot be used).</summary>
    public const string NotFound = "KRD005";

    /// <summary>A folder or a pattern names no document.</summary>
    public const string NoDocuments = "KRD006";

    /// <summary>A file could not be read (permission denied, an I/O error).</summary>
    public const string Unreadable = "KRD007";

    /// <summary>Documents read as one name different fiscal years.</summary>
    public const string FiscalYearConflict = "KRD008";

    /// <summary>Content that fits no known field; kept in the sheet's unrecognised lines.</summary>
    public const string Unrecognized = "KRD010";

    /// <summary>A required field or section is missing or empty.</summary>
    public const string MissingField = "KRD011";

    /// <summary>A field's value has the wrong shape (a plan code, a budget account, a chapter heading).</summary>
    public const string InvalidField = "KRD012";

    /// <summary>
    /// The same 施策 (by its code) or the same 事業 (by its name and 繰越 mark) has more than one sheet in a document;
    /// reported at every one of them, each naming where the others are.
    /// </summary>
    public const string Duplicate = "KRD013";

    /// <summary>A table row has fewer cells than the table needs.</summary>
    public const string ShortRow = "KRD020";

    /// <summary>
    /// A table cell that must hold a number (a quantity, money, person-years) does not: no number, digits grouped other
    /// than in threes (1,2,3), a second decimal point, more digits than a value holds exactly, or text after the number
    /// that is not a unit (%%, e400 %). The cell is kept as written (a quantity cell as text, a money or person-years
    /// row as unrecognised content) and the sheet's other cells are read.
    /// </summary>
    public const string InvalidNumber = "KRD021";

    /// <summary>A table row whose label is unknown.</summary>
    public const string UnknownRow = "KRD022";
}
