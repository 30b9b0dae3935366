using Humanizer;
using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as compilers print it: one line per reader, configuration and load diagnostic, then one per finding,
/// <c>file(line,col): error KMY001: message</c> (the logical path when there is no position), then one per engine error
/// (<c>KRE001</c>, at its subject's position when known), and, given the document, the summary line
/// (<c>3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)</c>). Suppressed findings are left out. Deterministic.
/// </summary>
public static class TextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="writer">Where to write; lines end with LF.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    public static void Write(RuleRun run, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        run = ReportView.Prepare(run, options);
        foreach (var diagnostic in run.Diagnostics.Where(d => d.Origin != DiagnosticOrigin.Engine))
        {
            writer.Write(diagnostic.ToString());
            writer.Write('\n');
        }

        foreach (var finding in run.Findings.Where(f => !f.IsSuppressed))
        {
            writer.Write(finding.ToString());
            writer.Write('\n');
        }

        foreach (var error in run.Diagnostics.Where(d => d.Origin == DiagnosticOrigin.Engine))
        {
            writer.Write(error.ToString());
            writer.Write('\n');
        }
    }

    /// <summary>Writes the report and its summary line.</summary>
    /// <param name="run">The run.</param>
    /// <param name="document">The document the run checked (its sheets are counted).</param>
    /// <param name="writer">Where to write; lines end with LF.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    public static void Write(RuleRun run, EvaluationDocument document, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(run, writer, options);
        writer.Write(Summary(run, document.Sheets.Count));
        writer.Write('\n');
    }

    /// <summary>
    /// The summary line: <c>3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)</c>, with the suppressed findings and
    /// the rules that failed when there are any (<c>…, 2 suppressed, 1 rule failure in …</c>).
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="sheets">How many sheets it checked.</param>
    /// <returns>The line, without a line end.</returns>
    public static string Summary(RuleRun run, int sheets)
    {
        ArgumentNullException.ThrowIfNull(run);
        var parts = new List<string>
        {
            "error".ToQuantity(run.Count(DiagnosticSeverity.Error)),
            "warning".ToQuantity(run.Count(DiagnosticSeverity.Warning)),
            "note".ToQuantity(run.Count(DiagnosticSeverity.Info)),
        };
        var suppressed = run.Findings.Count(f => f.IsSuppressed);
        if (suppressed > 0)
        {
            parts.Add($"{suppressed} suppressed");
        }

        var failures = run.EngineErrors.Count();
        if (failures > 0)
        {
            parts.Add("rule failure".ToQuantity(failures));
        }

        return $"{string.Join(", ", parts)} in {"sheet".ToQuantity(sheets)} ({"rule".ToQuantity(run.Rules.Count)})";
    }

    /// <summary>The report as a string.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The text.</returns>
    public static string Write(RuleRun run)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(run, writer);
        return writer.ToString();
    }

    /// <summary>The level name of a severity as every report writes it (SARIF's words): error, warning, note.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    public static string LevelName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
