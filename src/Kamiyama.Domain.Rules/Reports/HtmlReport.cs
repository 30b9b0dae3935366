using System.Globalization;
using System.Text;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The evaluation as one self-contained HTML file for people who would rather look than read (a council member, a
/// citizen): no script, no network, its CSS and its SVG charts inline. At the top the summary, with the 施策 that fell
/// short and the 事業 that left their budget unspent named and linked; then three charts (achievement per indicator
/// against 100 %, budget against actual per 事業, findings per sheet, each bar linked to its sheet), each with a text
/// alternative and the same data as a table; then each sheet as the Markdown report has it, its findings highlighted.
/// Meaning never rests on colour alone (every bar has its number and a mark); it prints. Document and rule text is
/// escaped, so it adds no markup. Deterministic.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run over the document.</param>
    /// <param name="document">The document the run checked; null when it could not be read (the report then has the summary and the diagnostics).</param>
    /// <param name="writer">Where to write; lines end with LF.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    public static void Write(RuleRun run, EvaluationDocument? document, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        run = ReportView.Prepare(run, options);
        var page = new HtmlPage(run, document, ReportWords.For(options?.Language ?? ReportLanguage.Japanese));
        page.Render(writer);
    }

    /// <summary>The report as a string.</summary>
    /// <param name="run">The run over the document.</param>
    /// <param name="document">The document the run checked, or null.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    /// <returns>The HTML.</returns>
    public static string Write(RuleRun run, EvaluationDocument? document, ReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(run, document, writer, options);
        return writer.ToString();
    }

    /// <summary>
    /// Text as HTML shows it and nothing more: on one line (control characters escaped as <c>\n</c>, <c>\u001B</c>), with
    /// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> as entities, so it is safe in an element and in a
    /// quoted attribute alike.
    /// </summary>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in Domain.Text.OneLine.Escape(value))
        {
            _ = c switch
            {
                '&' => text.Append("&amp;"),
                '<' => text.Append("&lt;"),
                '>' => text.Append("&gt;"),
                '"' => text.Append("&quot;"),
                '\'' => text.Append("&#39;"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }
}
