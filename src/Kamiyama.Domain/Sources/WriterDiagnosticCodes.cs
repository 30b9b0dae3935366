namespace Kamiyama.Domain.Sources;

/// <summary>
/// The stable codes of writer diagnostics (<c>KRW…</c>): a value of the model that a format cannot hold, so that the
/// writer refuses the document rather than write something that reads back different. Every one is an error whose
/// location names the sheet and the <see cref="Sheets.Field"/> (<c>5-1-1/理由</c>). A code never changes meaning; new
/// problems get new codes. <see cref="TextLayout.TextLayoutWriter.Check"/> and <see cref="Json.EvaluationJson.Check"/>
/// report them.
/// </summary>
public static class WriterDiagnosticCodes
{
    /// <summary>A character that is not text to the format: a lone surrogate (either format), NUL (the published layout, whose reader refuses it as KRD001).</summary>
    public const string InvalidCharacter = "KRW001";

    /// <summary>A line break inside a one-line value, a carriage return, or an empty paragraph: the published layout's lines cannot say it.</summary>
    public const string LineBreak = "KRW002";

    /// <summary>A tab: in the published layout a tab makes a line a table row and separates its cells.</summary>
    public const string Tab = "KRW003";

    /// <summary>White space at the start or end of a value (a full-width space too), or spacing the reader folds: the reader trims it.</summary>
    public const string Spacing = "KRW004";

    /// <summary>Text the reader would take as part of the layout: a section heading, a sheet's header, a numbered entry, a row or header label, the carried-over mark.</summary>
    public const string ReadsAsLayout = "KRW005";

    /// <summary>A value that is missing or empty where the layout needs one, or empty where the layout writes nothing and so loses it.</summary>
    public const string Missing = "KRW006";

    /// <summary>A value the layout has no place or no form for (an indicator's direction, the plan's name, a value that reads back as another).</summary>
    public const string NotExpressible = "KRW007";
}
