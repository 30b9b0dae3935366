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
    /// <param name="document">The document the run checked.</param>
    /// <param name="writer">Where to write; lines end with LF.</param>
    public static void Write(RuleRun run, EvaluationDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var findings = run.Findings.Where(f => !f.IsSuppressed).ToLookup(f => SheetOf(f.Location.Path), StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.FiscalYear?.ToString() ?? "年度不明")).Append(" 施策・事業評価の点検結果\n\n");
        Summary(text, run, document);
        foreach (var diagnostic in run.Diagnostics)
        {
            text.Append("- ").Append(Mark(diagnostic.Severity)).Append(" **").Append(Escape(diagnostic.Code)).Append("** ").Append(Escape(diagnostic.Message)).Append(" (").Append(Escape(diagnostic.Location.ToString())).Append(")\n");
        }

        if (!run.Diagnostics.IsEmpty)
        {
            text.Append('\n');
        }

        foreach (var measure in document.MeasureSheets)
        {
            text.Append("## ").Append(Escape(measure.Title)).Append("\n\n");
            Department(text, measure);
            Indicators(text, measure.Outcomes);
            Findings(text, findings[DocumentSubjects.SheetPath(measure)]);
            written.Add(DocumentSubjects.SheetPath(measure));
            foreach (var project in document.ProjectsOf(measure))
            {
                if (written.Add(DocumentSubjects.SheetPath(project)))
                {
                    Project(text, project, findings[DocumentSubjects.SheetPath(project)], "###");
                }
            }
        }

        var others = document.ProjectSheets.Where(p => !written.Contains(DocumentSubjects.SheetPath(p))).ToList();
        if (others.Count > 0)
        {
            text.Append("## 施策に結び付かない事業\n\n");
            foreach (var project in others)
            {
                written.Add(DocumentSubjects.SheetPath(project));
                Project(text, project, findings[DocumentSubjects.SheetPath(project)], "###");
            }
        }

        var rest = findings.Where(g => !written.Contains(g.Key)).SelectMany(g => g).ToList();
        if (rest.Count > 0)
        {
            text.Append("## 文書全体の指摘\n\n");
            Findings(text, rest);
        }

        writer.Write(text.ToString());
    }

    /// <summary>The report as a string.</summary>
    /// <param name="run">The run over the document.</param>
    /// <param name="document">The document the run checked.</param>
    /// <returns>The Markdown.</returns>
    public static string Write(RuleRun run, EvaluationDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(run, document, writer);
        return writer.ToString();
    }

    private static void Summary(StringBuilder text, RuleRun run, EvaluationDocument document)
    {
        var measures = document.MeasureSheets.ToList();
        var shortfall = measures.Count(m => m.Outcomes.Any(i => Rate(i) is { IsAchieved: false }));
        var unspent = document.ProjectSheets.Count(p => p.Cost.ExecutionRate is < 0.8m);
        text.Append(Invariant($"施策 {measures.Count} 件・事業 {document.ProjectSheets.Count()} 件を {run.Rules.Count} の規則で点検しました。\n\n"));
        text.Append("| | 件数 |\n|---|---:|\n");
        text.Append(Invariant($"| ❌ エラー | {run.Count(DiagnosticSeverity.Error)} |\n"));
        text.Append(Invariant($"| ⚠️ 警告 | {run.Count(DiagnosticSeverity.Warning)} |\n"));
        text.Append(Invariant($"| ℹ️ 情報 | {run.Count(DiagnosticSeverity.Info)} |\n"));
        var failures = run.EngineErrors.Count();
        if (failures > 0)
        {
            text.Append(Invariant($"| 💥 規則の失敗 | {failures} |\n"));
        }

        text.Append(Invariant($"| 目標に届かなかった指標のある施策 | {shortfall} |\n"));
        text.Append(Invariant($"| 予算の執行率が80%未満の事業 | {unspent} |\n\n"));
    }

    private static void Department(StringBuilder text, Sheet sheet)
    {
        if (sheet.Department is { } department)
        {
            text.Append("所属: ").Append(Escape(department.ToString())).Append("\n\n");
        }
    }

    private static void Project(StringBuilder text, ProjectSheet project, IEnumerable<Finding> findings, string heading)
    {
        text.Append(heading).Append(" 事業: ").Append(Escape(project.Title)).Append("\n\n");
        Department(text, project);
        if (project.Goal is { } goal)
        {
            text.Append("目標: ").Append(Escape(goal.Target.ToString() ?? string.Empty)).Append(" → 実績: ").Append(Escape(goal.Actual.ToString() ?? string.Empty)).Append("\n\n");
        }

        Indicators(text, project.Activities);
        if (project.Cost.Budget.HasValue || project.Cost.Actual.HasValue)
        {
            var rate = project.Cost.ExecutionRate is { } r ? Invariant($"{Math.Round(r * 100m, 1):0.0}%") + (r < 0.8m ? " ⚠️" : string.Empty) : "—";
            text.Append("| 事業費 | 予算 | 実績 | 執行率 | 次年度予算 |\n|---|---:|---:|---:|---:|\n");
            text.Append("| 金額 | ").Append(Escape(project.Cost.Budget.ToString())).Append(" | ").Append(Escape(project.Cost.Actual.ToString()))
                .Append(" | ").Append(rate).Append(" | ").Append(Escape(project.Cost.NextBudget.ToString())).Append(" |\n\n");
        }

        Findings(text, findings);
    }

    private static void Indicators(StringBuilder text, ValueArray<Indicator> indicators)
    {
        if (indicators.IsEmpty)
        {
            return;
        }

        text.Append("| 指標 | 目標 | 実績 | 達成率 | 次年度目標 |\n|---|---:|---:|---:|---:|\n");
        foreach (var indicator in indicators)
        {
            var rate = Rate(indicator) is { } r ? r.ToString(null, CultureInfo.InvariantCulture) + (r.IsAchieved ? " ✅" : " 🔻") : "—";
            text.Append("| ").Append(Escape(indicator.Name)).Append(" | ").Append(Cell(indicator.Target)).Append(" | ").Append(Cell(indicator.Actual))
                .Append(" | ").Append(rate).Append(" | ").Append(Cell(indicator.NextTarget)).Append(" |\n");
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

    private static AchievementRate? Rate(Indicator indicator) => AchievementRate.Compute(indicator.Target, indicator.Actual, indicator.Direction);

    private static string Cell(IndicatorValue value) => value.ToString() is { Length: > 0 } shown ? Escape(shown) : "（空欄）";

    private static string Mark(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "❌",
        DiagnosticSeverity.Warning => "⚠️",
        _ => "ℹ️",
    };

    /// <summary>The sheet part of a logical path: <c>5-1-1</c> of <c>5-1-1/目標値/…</c>.</summary>
    private static string SheetOf(string path) => path.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? path[..slash] : path;

    /// <summary>
    /// Text as Markdown shows it and nothing more: line breaks and control characters are escaped (<c>\n</c>), the
    /// characters that make markup in the middle of a line (emphasis, code, links, table cells, strikethrough) get a
    /// backslash, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> become entities, so no HTML gets through. Text never starts a
    /// line here (a heading, list or table is always written first), so line-start markup needs no escape.
    /// </summary>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in Kamiyama.Domain.Text.OneLine.Escape(value))
        {
            switch (c)
            {
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
