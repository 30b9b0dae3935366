namespace Kamiyama.Domain.Rules.Reports;

/// <summary>The formats a run can be reported in (<see cref="Report.Write"/>).</summary>
public enum ReportFormat
{
    /// <summary>One line per diagnostic and finding as compilers print them, and the summary line (<see cref="TextReport"/>).</summary>
    Text,

    /// <summary>JSON of the findings, the diagnostics and the summary, versioned (<see cref="JsonReport"/>; <c>schemas/report.schema.json</c>).</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning views and editors (<see cref="SarifReport"/>).</summary>
    Sarif,

    /// <summary>JUnit XML, which CI systems show as test results (<see cref="JUnitReport"/>).</summary>
    JUnit,

    /// <summary>The evaluation as a person reads it, in Markdown (<see cref="MarkdownReport"/>).</summary>
    Markdown,

    /// <summary>The evaluation as one self-contained HTML file with charts (<see cref="HtmlReport"/>).</summary>
    Html,
}
