using System.Globalization;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The evaluation as a person reads it, in Markdown (a CI job summary, a pull-request comment): a summary at the top,
/// then each 施策 with its outcome indicators (目標, 実績, direction-aware 達成率, 次年度目標) and, under it, each 事業 linked to it
/// with its activity indicators and its 事業費 (予算, 実績, 執行率); every finding next to the sheet it is about. Text from the
/// document and the rules is escaped, so it can add no markup (no HTML, no table cell, no link). Deterministic.
/// </summary>
public static class MarkdownReport
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
        var words = ReportWords.For(options?.Language ?? ReportLanguage.Japanese);
        var outline = new EvaluationOutline(run, document);
        var text = new StringBuilder();
        text.Append("# ").Append(words.Title(document?.FiscalYear)).Append("\n\n"); // the library's words and the fiscal year: no markup
        Summary(text, run, outline, words);
        foreach (var diagnostic in run.Diagnostics)
        {
            text.Append("- ").Append(Mark(diagnostic.Severity)).Append(" **").Append(Escape(diagnostic.Code)).Append("** ").Append(Escape(diagnostic.Message)).Append(" (").Append(Escape(diagnostic.Location.ToString())).Append(")\n");
            ReportStreaming.Pace(text, writer);
        }

        if (!run.Diagnostics.IsEmpty)
        {
            text.Append('\n');
        }

        foreach (var (measure, projects) in outline.Measures)
        {
            text.Append("## ").Append(Escape(measure.Title)).Append("\n\n");
            Department(text, measure, words);
            Indicators(text, measure.Outcomes, words);
            Findings(text, outline.FindingsOf(measure));
            foreach (var project in projects)
            {
                Project(text, project, outline.FindingsOf(project), words);
            }

            ReportStreaming.Pace(text, writer);
        }

        if (outline.Unlinked.Count > 0)
        {
            text.Append("## ").Append(words.Unlinked).Append("\n\n");
            foreach (var project in outline.Unlinked)
            {
                Project(text, project, outline.FindingsOf(project), words);
                ReportStreaming.Pace(text, writer);
            }
        }

        if (outline.Rest.Count > 0)
        {
            text.Append("## ").Append(words.WholeDocument).Append("\n\n");
            Findings(text, outline.Rest);
        }

        writer.Write(text);
    }

    /// <summary>The report as a string.</summary>
    /// <param name="run">The run over the document.</param>
    /// <param name="document">The document the run checked, or null.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    /// <returns>The Markdown.</returns>
    public static string Write(RuleRun run, EvaluationDocument? document, ReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(run, document, writer, options);
        return writer.ToString();
    }

    private static void Summary(StringBuilder text, RuleRun run, EvaluationOutline outline, ReportWords words)
    {
        text.Append(words.Checked(outline.Measures.Count, outline.ProjectCount, run.Rules.Count)).Append("\n\n");
        text.Append("| | ").Append(words.Count).Append(" |\n|---|---:|\n");
        text.Append(Invariant($"| ❌ {words.Errors} | {run.Count(DiagnosticSeverity.Error)} |\n"));
        text.Append(Invariant($"| ⚠️ {words.Warnings} | {run.Count(DiagnosticSeverity.Warning)} |\n"));
        text.Append(Invariant($"| ℹ️ {words.Notes} | {run.Count(DiagnosticSeverity.Info)} |\n"));
        var failures = run.EngineErrors.Count();
        if (failures > 0)
        {
            text.Append(Invariant($"| 💥 {words.RuleFailures} | {failures} |\n"));
        }

        text.Append(Invariant($"| {words.Shortfall} | {outline.Shortfall} |\n"));
        text.Append(Invariant($"| {words.Unspent} | {outline.Unspent} |\n\n"));
    }

    private static void Department(StringBuilder text, Sheet sheet, ReportWords words)
    {
        if (sheet.Department is { } department)
        {
            text.Append(words.Department).Append(": ").Append(Escape(department.ToString())).Append("\n\n");
        }
    }

    private static void Project(StringBuilder text, ProjectSheet project, IEnumerable<Finding> findings, ReportWords words)
    {
        text.Append("### ").Append(words.Project).Append(": ").Append(Escape(project.Title)).Append("\n\n");
        Department(text, project, words);
        if (project.Goal is { } goal)
        {
            text.Append(words.Goal).Append(": ").Append(Escape(goal.Target.ToString() ?? string.Empty)).Append(" → ").Append(words.Actual).Append(": ").Append(Escape(goal.Actual.ToString() ?? string.Empty)).Append("\n\n");
        }

        Indicators(text, project.Activities, words);
        if (project.Cost.Budget.HasValue || project.Cost.Actual.HasValue)
        {
            var rate = project.Cost.ExecutionRate is { } r ? Invariant($"{Math.Round(r * 100m, 1):0.0}%") + (r < EvaluationOutline.UnspentBelow ? " ⚠️" : string.Empty) : "—";
            text.Append("| ").Append(words.Cost).Append(" | ").Append(words.Budget).Append(" | ").Append(words.Actual).Append(" | ").Append(words.Execution).Append(" | ").Append(words.NextBudget).Append(" |\n|---|---:|---:|---:|---:|\n");
            text.Append("| ").Append(words.Amount).Append(" | ").Append(Escape(project.Cost.Budget.ToString())).Append(" | ").Append(Escape(project.Cost.Actual.ToString()))
                .Append(" | ").Append(rate).Append(" | ").Append(Escape(project.Cost.NextBudget.ToString())).Append(" |\n\n");
        }

        Findings(text, findings);
    }

    private static void Indicators(StringBuilder text, ValueArray<Indicator> indicators, ReportWords words)
    {
        if (indicators.IsEmpty)
        {
            return;
        }

        text.Append("| ").Append(words.Indicator).Append(" | ").Append(words.Target).Append(" | ").Append(words.Actual).Append(" | ").Append(words.Achievement).Append(" | ").Append(words.NextTarget).Append(" |\n|---|---:|---:|---:|---:|\n");
        foreach (var indicator in indicators)
        {
            var rate = EvaluationOutline.Rate(indicator) is { } r ? r.ToString(null, CultureInfo.InvariantCulture) + (r.IsAchieved ? " ✅" : " 🔻") : "—";
            text.Append("| ").Append(Escape(indicator.Name)).Append(" | ").Append(Cell(indicator.Target, words)).Append(" | ").Append(Cell(indicator.Actual, words))
                .Append(" | ").Append(rate).Append(" | ").Append(Cell(indicator.NextTarget, words)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static void Findings(StringBuilder text, IEnumerable<Finding> findings)
    {
        var any = false;
        foreach (var finding in findings)
        {
            any = true;
            text.Append("- ").Append(Mark(finding.Severity)).Append(" **").Append(Escape(finding.RuleId)).Append("** ").Append(Escape(finding.Message));
            if (finding.Location.Position is { } position)
            {
                text.Append(" (").Append(Escape(position.ToString())).Append(')');
            }

            text.Append('\n');
        }

        if (any)
        {
            text.Append('\n');
        }
    }

    private static string Cell(IndicatorValue value, ReportWords words) => value.ToString() is { Length: > 0 } shown ? Escape(shown) : words.Blank;

    private static string Mark(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "❌",
        DiagnosticSeverity.Warning => "⚠️",
        _ => "ℹ️",
    };

    /// <summary>
    /// Text as Markdown shows it and nothing more: line breaks and control characters are escaped (<c>\n</c>), the
    /// characters that make markup in the middle of a line (emphasis, code, links, table cells, strikethrough) get a
    /// backslash, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> become entities, so no HTML gets through. What GitHub's
    /// Markdown would make a link or a mention of by itself is broken up: every <c>:</c> (a scheme, <c>https\://</c>) and
    /// the dot of <c>www\.</c> get a backslash, every <c>@</c> (a mention, an e-mail address) a zero-width space after it.
    /// Text never starts a line here (a heading, list or table is always written first), so line-start markup needs no
    /// escape.
    /// </summary>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        var line = Kamiyama.Domain.Text.OneLine.Escape(value);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ':':
                    text.Append("\\:");
                    break;
                case '@':
                    // A backslash or an entity would not do: GitHub finds mentions in the rendered text. A zero-width
                    // space after it breaks a mention and an e-mail link, and shows nothing.
                    text.Append("@\u200B");
                    break;
                case '.' when i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    text.Append("\\.");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '&':
                    text.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    text.Append('\\').Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
