namespace Kamiyama.Domain.Rules.Reports;

/// <summary>The language a report is written in.</summary>
public enum ReportLanguage
{
    /// <summary>Japanese (日本語), the default.</summary>
    Japanese,

    /// <summary>English: the report's words and the rules' English texts where they have them.</summary>
    English,
}
