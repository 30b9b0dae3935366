using System.Text;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// Every report through one door: a host (or the <c>kamiyama</c> tool) picks the format by value and writes it the same
/// way. Each format's own class has the same writer, with the overloads that format needs.
/// </summary>
public static class Report
{
    /// <summary>The formats by the name a command line or a configuration gives them: <c>text</c>, <c>json</c>, <c>sarif</c>, <c>junit</c>, <c>markdown</c>, <c>html</c>.</summary>
    public static IReadOnlyDictionary<string, ReportFormat> Formats { get; } = new SortedDictionary<string, ReportFormat>(StringComparer.Ordinal)
    {
        ["html"] = ReportFormat.Html,
        ["json"] = ReportFormat.Json,
        ["junit"] = ReportFormat.JUnit,
        ["markdown"] = ReportFormat.Markdown,
        ["sarif"] = ReportFormat.Sarif,
        ["text"] = ReportFormat.Text,
    };

    /// <summary>
    /// Writes a run in a format, as UTF-8 without a byte-order mark. The document is what the run checked: the text
    /// report counts its sheets in the summary line, Markdown and HTML show it; null when it could not be read (those
    /// reports then carry the summary and the diagnostics).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="run">The run.</param>
    /// <param name="document">The document the run checked, or null.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="options">Language, base folder of paths and the tool's name; the defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="ReportFormat"/>.</exception>
    public static void Write(ReportFormat format, RuleRun run, EvaluationDocument? document, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(run, stream, options);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(run, stream, options);
                break;
            case ReportFormat.JUnit:
                JUnitReport.Write(run, stream, options);
                break;
            case ReportFormat.Text or ReportFormat.Markdown or ReportFormat.Html:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
                {
                    WriteText(format, run, document, writer, options);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format.");
        }

        stream.Flush();
    }

    private static void WriteText(ReportFormat format, RuleRun run, EvaluationDocument? document, TextWriter writer, ReportOptions? options)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                MarkdownReport.Write(run, document, writer, options);
                break;
            case ReportFormat.Html:
                HtmlReport.Write(run, document, writer, options);
                break;
            case ReportFormat.Text when document is not null:
                TextReport.Write(run, document, writer, options);
                break;
            default:
                TextReport.Write(run, writer, options);
                break;
        }
    }
}
