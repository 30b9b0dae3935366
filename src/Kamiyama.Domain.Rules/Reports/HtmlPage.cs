using System.Globalization;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>One HTML report being written.</summary>
internal sealed class HtmlPage
{
    // Colours with at least 4.5:1 contrast on white, so their text is readable; every bar also carries its number and
    // a mark, so nothing is told by colour alone.
    private const string Achieved = "#1a7f37";
    private const string Short = "#c62828";
    private const string Warning = "#a15c00";
    private const string Note = "#1f5fa8";
    private const string BudgetFill = "#c9d1d9";

    private readonly RuleRun _run;
    private readonly EvaluationDocument? _document;
    private readonly ReportWords _words;
    private readonly EvaluationOutline _outline;
    private readonly Dictionary<Sheet, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _html = new();
    private TextWriter _writer = TextWriter.Null;
    private int _findingNumber;

    public HtmlPage(RuleRun run, EvaluationDocument? document, ReportWords words)
    {
        _run = run;
        _document = document;
        _words = words;
        _outline = new EvaluationOutline(run, document);
        foreach (var sheet in _outline.Sheets)
        {
            _ids[sheet] = Invariant($"sheet-{_ids.Count + 1}");
        }
    }

    /// <summary>Writes the page to <paramref name="writer"/>, a chunk at a time.</summary>
    public void Render(TextWriter writer)
    {
        _writer = writer;
        var title = _words.Title(_document?.FiscalYear);
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{_words.LanguageTag}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<meta name=\"generator\" content=\"{Esc(_words.Generator)}\">");
        Line($"<title>{Esc(title)}</title>");
        Line("<style>");
        _html.Append(Style);
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<header>");
        Line($"<h1>{Esc(title)}</h1>");
        if (_document?.Plan.Name is { Length: > 0 } plan)
        {
            Line($"<p class=\"plan\">{Esc(plan)}</p>");
        }

        Line($"<p>{Esc(_words.Checked(_outline.Measures.Count, _outline.ProjectCount, _run.Rules.Count))}</p>");
        Line("</header>");
        Contents();
        Line("<main>");
        Summary();
        Charts();
        Diagnostics();
        foreach (var (measure, projects) in _outline.Measures)
        {
            Measure(measure, projects);
        }

        if (_outline.Unlinked.Count > 0)
        {
            Line("<section class=\"group\" aria-labelledby=\"unlinked-title\">");
            Line($"<h2 id=\"unlinked-title\">{Esc(_words.Unlinked)}</h2>");
            foreach (var project in _outline.Unlinked)
            {
                Project(project);
            }

            Line("</section>");
        }

        if (_outline.Rest.Count > 0)
        {
            Line("<section class=\"group\" id=\"document-findings\" aria-labelledby=\"document-findings-title\">");
            Line($"<h2 id=\"document-findings-title\">{Esc(_words.WholeDocument)}</h2>");
            Findings(_outline.Rest);
            Line("</section>");
        }

        Line("</main>");
        Line($"<footer><p>{Esc(_words.Generator)}</p></footer>");
        Line("</body>");
        Line("</html>");
        writer.Write(_html);
        _html.Clear();
    }

    private void Contents()
    {
        if (_outline.Measures.Count == 0 && _outline.Unlinked.Count == 0)
        {
            return;
        }

        Line($"<nav aria-label=\"{Esc(_words.Contents)}\">");
        Line("<ol>");
        foreach (var (measure, _) in _outline.Measures)
        {
            var status = EvaluationOutline.FellShort(measure) ? $" <span class=\"mark short\">▼ {Esc(_words.NotAchieved)}</span>" : string.Empty;
            Line($"<li><a href=\"#{_ids[measure]}\">{Esc(measure.Title)}</a>{status}</li>");
        }

        if (_outline.Unlinked.Count > 0)
        {
            Line($"<li><a href=\"#unlinked-title\">{Esc(_words.Unlinked)}</a></li>");
        }

        Line("</ol>");
        Line("</nav>");
    }

    private void Summary()
    {
        Line("<section id=\"summary\" aria-labelledby=\"summary-title\">");
        Line($"<h2 id=\"summary-title\" class=\"visually-hidden\">{Esc(_words.Count)}</h2>");
        Line("<ul class=\"counts\">");
        Count("error", _words.Errors, _run.Count(DiagnosticSeverity.Error));
        Count("warning", _words.Warnings, _run.Count(DiagnosticSeverity.Warning));
        Count("note", _words.Notes, _run.Count(DiagnosticSeverity.Info));
        if (_run.EngineErrors.Count() is > 0 and var failures)
        {
            Count("error", _words.RuleFailures, failures);
        }

        if (_run.Findings.Count(f => f.IsSuppressed) is > 0 and var suppressed)
        {
            Count("note", _words.Suppressed, suppressed);
        }

        Line("</ul>");
        Line("<div class=\"attention\">");
        Line("<section class=\"panel\" id=\"shortfall\" aria-labelledby=\"shortfall-title\">");
        Line($"<h3 id=\"shortfall-title\">▼ {Esc(_words.Shortfall)}: {_outline.Shortfall}</h3>");
        var shortfall = _outline.Measures.Select(m => m.Measure).Where(EvaluationOutline.FellShort).ToList();
        if (shortfall.Count > 0)
        {
            Line("<ul>");
            foreach (var measure in shortfall)
            {
                var worst = measure.Outcomes.Select(EvaluationOutline.Rate).Where(r => r is { IsAchieved: false }).Min();
                Line($"<li><a href=\"#{_ids[measure]}\">{Esc(measure.Title)}</a> <span class=\"figure\">{Rate(worst)}</span></li>");
            }

            Line("</ul>");
        }

        Line("</section>");
        Line("<section class=\"panel\" id=\"unspent\" aria-labelledby=\"unspent-title\">");
        Line($"<h3 id=\"unspent-title\">⚠ {Esc(_words.Unspent)}: {_outline.Unspent}</h3>");
        var unspent = _outline.Projects.Where(EvaluationOutline.LeftUnspent).ToList();
        if (unspent.Count > 0)
        {
            Line("<ul>");
            foreach (var project in unspent)
            {
                Line($"<li><a href=\"#{_ids[project]}\">{Esc(project.Title)}</a> <span class=\"figure\">{Execution(project.Cost.ExecutionRate)}</span></li>");
            }

            Line("</ul>");
        }

        Line("</section>");
        Line("</div>");
        Line("</section>");
    }

    private void Count(string kind, string label, int count) =>
        Line($"<li class=\"count {kind}\"><span class=\"number\">{count}</span> <span class=\"label\">{Esc(label)}</span></li>");

    private void Charts()
    {
        if (_document is null)
        {
            return;
        }

        Line("<section id=\"charts\" aria-label=\"charts\">");
        AchievementChart();
        BudgetChart();
        FindingsChart();
        Line("</section>");
    }

    /// <summary>Each outcome indicator of each 施策 with a rate: a bar to its achievement, a line at 100 %.</summary>
    private void AchievementChart()
    {
        var rows = _outline.Measures
            .SelectMany(m => m.Measure.Outcomes.Select(i => (Sheet: m.Measure, Indicator: i, Rate: EvaluationOutline.Rate(i))))
            .Where(r => r.Rate is not null)
            .Select(r => (r.Sheet, r.Indicator, Rate: r.Rate!.Value))
            .ToList();
        var description = rows.Count == 0
            ? _words.NoIndicators
            : string.Join("; ", rows.Select(r => ReportWords.Format(_words.AchievementOfFormat, Label(r.Sheet, r.Indicator), r.Rate.ToString(null, CultureInfo.InvariantCulture), r.Rate.IsAchieved ? _words.Achieved : _words.NotAchieved)));
        ChartStart("chart-achievement", _words.ChartAchievement, description, rows.Count, out var height);
        if (rows.Count > 0)
        {
            var top = Math.Max(150m, Math.Min(300m, Math.Ceiling(rows.Max(r => r.Rate.Percent) / 50m) * 50m));
            decimal X(decimal percent) => PlotLeft + (PlotWidth * Math.Min(percent, top) / top);
            for (var tick = 0m; tick <= top; tick += 50m)
            {
                Line(Invariant($"<line class=\"grid\" x1=\"{X(tick):0.#}\" y1=\"{ChartTop - 4}\" x2=\"{X(tick):0.#}\" y2=\"{height - 18}\"/>"));
                Line(Invariant($"<text class=\"tick\" x=\"{X(tick):0.#}\" y=\"{height - 4}\" text-anchor=\"middle\">{tick:0}%</text>"));
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var (sheet, indicator, rate) = rows[i];
                var y = ChartTop + (i * RowHeight);
                var colour = rate.IsAchieved ? Achieved : Short;
                var mark = rate.IsAchieved ? "▲" : "▼";
                var label = Label(sheet, indicator);
                Line($"<a href=\"#{_ids[sheet]}\" class=\"bar-row\" data-achieved=\"{(rate.IsAchieved ? "true" : "false")}\">");
                Line($"<title>{Esc(ReportWords.Format(_words.AchievementOfFormat, label, rate.ToString(null, CultureInfo.InvariantCulture), rate.IsAchieved ? _words.Achieved : _words.NotAchieved))}</title>");
                Line(Invariant($"<text class=\"label\" x=\"{PlotLeft - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Esc(Cut(label))}</text>"));
                Line(Invariant($"<rect class=\"bar\" x=\"{PlotLeft}\" y=\"{y + 4}\" width=\"{Math.Max(1m, X(rate.Percent) - PlotLeft):0.#}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>"));
                Line(Invariant($"<text class=\"value\" x=\"{X(rate.Percent) + 6:0.#}\" y=\"{y + 15}\" fill=\"{colour}\">{mark} {Esc(rate.ToString(null, CultureInfo.InvariantCulture))}{(rate.Percent > top ? " »" : string.Empty)}</text>"));
                Line("</a>");
            }

            Line(Invariant($"<line class=\"target\" x1=\"{X(100m):0.#}\" y1=\"{ChartTop - 8}\" x2=\"{X(100m):0.#}\" y2=\"{height - 18}\"/>"));
        }

        ChartEnd();
        DataTable(
            [_words.Indicator, _words.Target, _words.Actual, _words.Achievement],
            rows.Select(r => new[] { Label(r.Sheet, r.Indicator), r.Indicator.Target.ToString() ?? string.Empty, r.Indicator.Actual.ToString() ?? string.Empty, Mark(r.Rate) }));
        Line("</figure>");
    }

    /// <summary>
    /// Each 事業 with a budget and an actual: its budget as a pale bar of the full width, what it spent as a bar of the
    /// budget's share (so a small 事業 that left most of its budget shows as plainly as a large one), the amounts beside.
    /// </summary>
    private void BudgetChart()
    {
        var rows = _outline.Projects
            .Where(p => p.Cost.Budget.HasValue && p.Cost.Actual.HasValue && p.Cost.ExecutionRate is not null)
            .Select(p => (Project: p, Budget: p.Cost.Budget.Value.ThousandYen, Actual: p.Cost.Actual.Value.ThousandYen, Rate: p.Cost.ExecutionRate!.Value))
            .ToList();
        var description = rows.Count == 0
            ? _words.NoCosts
            : string.Join("; ", rows.Select(r => ReportWords.Format(_words.BudgetOfFormat, r.Project.Title, Amount(r.Budget), Amount(r.Actual), Execution(r.Rate))));
        ChartStart("chart-budget", _words.ChartBudget, description, rows.Count, out var height);
        if (rows.Count > 0)
        {
            var top = Math.Max(1m, Math.Min(2m, rows.Max(r => r.Rate)));
            decimal X(decimal rate) => PlotLeft + (PlotWidth * Math.Min(Math.Max(0m, rate), top) / top);
            for (var i = 0; i < rows.Count; i++)
            {
                var (project, budget, actual, rate) = rows[i];
                var y = ChartTop + (i * RowHeight);
                var unspent = EvaluationOutline.LeftUnspent(project);
                var colour = unspent ? Warning : Note;
                Line($"<a href=\"#{_ids[project]}\" class=\"bar-row\" data-unspent=\"{(unspent ? "true" : "false")}\">");
                Line($"<title>{Esc(ReportWords.Format(_words.BudgetOfFormat, project.Title, Amount(budget), Amount(actual), Execution(rate)))}</title>");
                Line(Invariant($"<text class=\"label\" x=\"{PlotLeft - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Esc(Cut(project.Title))}</text>"));
                Line(Invariant($"<rect class=\"budget\" x=\"{PlotLeft}\" y=\"{y + 2}\" width=\"{X(1m) - PlotLeft:0.#}\" height=\"{RowHeight - 4}\" fill=\"{BudgetFill}\"/>"));
                Line(Invariant($"<rect class=\"bar\" x=\"{PlotLeft}\" y=\"{y + 7}\" width=\"{Math.Max(1m, X(rate) - PlotLeft):0.#}\" height=\"{RowHeight - 14}\" fill=\"{colour}\"/>"));
                Line(Invariant($"<text class=\"value\" x=\"{Math.Max(X(1m), X(rate)) + 6:0.#}\" y=\"{y + 15}\" fill=\"{colour}\">{(unspent ? "⚠ " : string.Empty)}{Esc(Execution(rate))} ({Esc(Amount(actual))} / {Esc(Amount(budget))})</text>"));
                Line("</a>");
            }

            Line(Invariant($"<text class=\"tick\" x=\"{X(1m):0.#}\" y=\"{height - 4}\" text-anchor=\"middle\">{Esc(_words.Budget)} 100%</text>"));
        }

        ChartEnd();
        DataTable(
            [_words.Project, _words.Budget, _words.Actual, _words.Execution],
            rows.Select(r => new[] { r.Project.Title, r.Project.Cost.Budget.ToString() ?? string.Empty, r.Project.Cost.Actual.ToString() ?? string.Empty, (EvaluationOutline.LeftUnspent(r.Project) ? "⚠ " : string.Empty) + Execution(r.Rate) }));
        Line("</figure>");
    }

    /// <summary>Each sheet with findings: errors, warnings and notes stacked, linked to the sheet.</summary>
    private void FindingsChart()
    {
        var rows = _outline.Sheets
            .Select(sheet => (Sheet: sheet, Findings: _outline.FindingsOf(sheet).ToList()))
            .Where(r => r.Findings.Count > 0)
            .Select(r => (r.Sheet, Errors: r.Findings.Count(f => f.Severity == DiagnosticSeverity.Error), Warnings: r.Findings.Count(f => f.Severity == DiagnosticSeverity.Warning), Notes: r.Findings.Count(f => f.Severity == DiagnosticSeverity.Info)))
            .ToList();
        var description = rows.Count == 0
            ? _words.NoFindings
            : string.Join("; ", rows.Select(r => ReportWords.Format(_words.FindingsOfFormat, r.Sheet.Title, r.Errors, r.Warnings, r.Notes)));
        ChartStart("chart-findings", _words.ChartFindings, description, rows.Count, out _);
        if (rows.Count > 0)
        {
            var top = Math.Max(1, rows.Max(r => r.Errors + r.Warnings + r.Notes));
            decimal W(int count) => PlotWidth * count / (decimal)top;
            for (var i = 0; i < rows.Count; i++)
            {
                var (sheet, errors, warnings, notes) = rows[i];
                var y = ChartTop + (i * RowHeight);
                var text = ReportWords.Format(_words.FindingsOfFormat, sheet.Title, errors, warnings, notes);
                Line($"<a href=\"#{_ids[sheet]}\" class=\"bar-row\">");
                Line($"<title>{Esc(text)}</title>");
                Line(Invariant($"<text class=\"label\" x=\"{PlotLeft - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Esc(Cut(sheet.Title))}</text>"));
                var x = (decimal)PlotLeft;
                foreach (var (count, colour, kind) in new[] { (errors, Short, "error"), (warnings, Warning, "warning"), (notes, Note, "note") })
                {
                    if (count > 0)
                    {
                        Line(Invariant($"<rect class=\"bar {kind}\" x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{W(count):0.#}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>"));
                        x += W(count);
                    }
                }

                Line(Invariant($"<text class=\"value\" x=\"{x + 6:0.#}\" y=\"{y + 15}\">{Esc(Counts(errors, warnings, notes))}</text>"));
                Line("</a>");
            }
        }

        ChartEnd();
        DataTable(
            [_words.Findings, _words.Errors, _words.Warnings, _words.Notes],
            rows.Select(r => new[] { r.Sheet.Title, Invariant($"{r.Errors}"), Invariant($"{r.Warnings}"), Invariant($"{r.Notes}") }));
        Line("</figure>");
    }

    private const int PlotLeft = 300;
    private const int PlotWidth = 300;
    private const int ChartTop = 12;
    private const int RowHeight = 24;

    private void ChartStart(string id, string title, string description, int rows, out int height)
    {
        const int width = 800;
        height = ChartTop + (Math.Max(rows, 1) * RowHeight) + 24;
        Line($"<figure class=\"chart\" id=\"{id}\">");
        Line($"<figcaption id=\"{id}-caption\">{Esc(title)}</figcaption>");
        Line(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">"));
        Line($"<title id=\"{id}-title\">{Esc(title)}</title>");
        Line($"<desc id=\"{id}-desc\">{Esc(description)}</desc>");
        if (rows == 0)
        {
            Line(Invariant($"<text class=\"empty\" x=\"{width / 2}\" y=\"{ChartTop + 16}\" text-anchor=\"middle\">{Esc(description)}</text>"));
        }
    }

    private void ChartEnd() => Line("</svg>");

    private void DataTable(string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Line("<details class=\"data\">");
        Line($"<summary>{Esc(_words.ShowTable)}</summary>");
        Line("<table>");
        Line("<thead><tr>" + string.Concat(headers.Select((h, i) => i == 0 ? $"<th scope=\"col\">{Esc(h)}</th>" : $"<th scope=\"col\" class=\"num\">{Esc(h)}</th>")) + "</tr></thead>");
        Line("<tbody>");
        foreach (var row in list)
        {
            Line("<tr>" + string.Concat(row.Select((c, i) => i == 0 ? $"<th scope=\"row\">{Esc(c)}</th>" : $"<td class=\"num\">{Esc(c)}</td>")) + "</tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</details>");
    }

    private void Diagnostics()
    {
        if (_run.Diagnostics.IsEmpty)
        {
            return;
        }

        Line("<section class=\"group\" id=\"diagnostics\" aria-labelledby=\"diagnostics-title\">");
        Line($"<h2 id=\"diagnostics-title\">{Esc(_words.Diagnostics)}</h2>");
        Line("<ul class=\"findings\">");
        foreach (var diagnostic in _run.Diagnostics)
        {
            Line($"<li class=\"finding {Kind(diagnostic.Severity)}\"><span class=\"severity\">{Esc(_words.Severity(diagnostic.Severity))}</span> <code>{Esc(diagnostic.Code)}</code> {Esc(diagnostic.Message)} <span class=\"where\">{Esc(diagnostic.Location.ToString())}</span></li>");
        }

        Line("</ul>");
        Line("</section>");
    }

    private void Measure(MeasureSheet measure, IReadOnlyList<ProjectSheet> projects)
    {
        var id = _ids[measure];
        var fellShort = EvaluationOutline.FellShort(measure);
        Line($"<section class=\"sheet measure{(fellShort ? " short" : string.Empty)}\" id=\"{id}\" aria-labelledby=\"{id}-title\">");
        var badge = fellShort ? $" <span class=\"mark short\">▼ {Esc(_words.NotAchieved)}</span>" : string.Empty;
        Line($"<h2 id=\"{id}-title\">{Esc(measure.Title)}{badge}</h2>");
        Department(measure);
        Indicators(measure, measure.Outcomes);
        Findings(_outline.FindingsOf(measure));
        foreach (var project in projects)
        {
            Project(project);
        }

        Line("</section>");
    }

    private void Project(ProjectSheet project)
    {
        var id = _ids[project];
        var unspent = EvaluationOutline.LeftUnspent(project);
        Line($"<article class=\"sheet project{(unspent ? " unspent" : string.Empty)}\" id=\"{id}\" aria-labelledby=\"{id}-title\">");
        var badge = unspent ? $" <span class=\"mark unspent\">⚠ {Esc(_words.Execution)} {Esc(Execution(project.Cost.ExecutionRate))}</span>" : string.Empty;
        Line($"<h3 id=\"{id}-title\">{Esc(_words.Project)}: {Esc(project.Title)}{badge}</h3>");
        Department(project);
        if (project.Goal is { } goal)
        {
            Line($"<p class=\"goal\">{Esc(_words.Goal)}: {Esc(goal.Target.ToString() ?? string.Empty)} → {Esc(_words.Actual)}: {Esc(goal.Actual.ToString() ?? string.Empty)}</p>");
        }

        Indicators(project, project.Activities);
        if (project.Cost.Budget.HasValue || project.Cost.Actual.HasValue)
        {
            Line("<table class=\"cost\">");
            Line($"<thead><tr><th scope=\"col\">{Esc(_words.Cost)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Budget)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Actual)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Execution)}</th><th scope=\"col\" class=\"num\">{Esc(_words.NextBudget)}</th></tr></thead>");
            var rate = (unspent ? "⚠ " : string.Empty) + Execution(project.Cost.ExecutionRate);
            Line($"<tbody><tr><th scope=\"row\">{Esc(_words.Amount)}</th><td class=\"num\">{Esc(project.Cost.Budget.ToString())}</td><td class=\"num\">{Esc(project.Cost.Actual.ToString())}</td><td class=\"num{(unspent ? " unspent" : string.Empty)}\">{Esc(rate)}</td><td class=\"num\">{Esc(project.Cost.NextBudget.ToString())}</td></tr></tbody>");
            Line("</table>");
        }

        Findings(_outline.FindingsOf(project));
        Line("</article>");
    }

    private void Department(Sheet sheet)
    {
        if (sheet.Department is { } department)
        {
            Line($"<p class=\"department\">{Esc(_words.Department)}: {Esc(department.ToString())}</p>");
        }
    }

    private void Indicators(Sheet sheet, ValueArray<Indicator> indicators)
    {
        if (indicators.IsEmpty)
        {
            return;
        }

        var flagged = _outline.FindingsOf(sheet).Select(f => f.Location.Path).ToList();
        var sheetPath = _outline.PathOf(sheet);
        Line("<table class=\"indicators\">");
        Line($"<thead><tr><th scope=\"col\">{Esc(_words.Indicator)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Target)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Actual)}</th><th scope=\"col\" class=\"num\">{Esc(_words.Achievement)}</th><th scope=\"col\" class=\"num\">{Esc(_words.NextTarget)}</th></tr></thead>");
        Line("<tbody>");
        foreach (var indicator in indicators)
        {
            var path = $"{sheetPath}/{DocumentSubjects.RowName(indicator.Kind)}/{indicator.Name}";
            var hasFinding = flagged.Any(p => p == path || p.StartsWith(path + "/", StringComparison.Ordinal) || p.StartsWith(path + "#", StringComparison.Ordinal));
            var rate = EvaluationOutline.Rate(indicator);
            var rateClass = rate is { } r ? r.IsAchieved ? " achieved" : " short" : string.Empty;
            Line($"<tr{(hasFinding ? " class=\"flagged\"" : string.Empty)}><th scope=\"row\">{Esc(indicator.Name)}</th><td class=\"num\">{Cell(indicator.Target)}</td><td class=\"num\">{Cell(indicator.Actual)}</td><td class=\"num{rateClass}\">{Esc(rate is { } x ? Mark(x) : "—")}</td><td class=\"num\">{Cell(indicator.NextTarget)}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }

    private void Findings(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Line($"<ul class=\"findings\" aria-label=\"{Esc(_words.Findings)}\">");
        foreach (var finding in list)
        {
            var id = Invariant($"finding-{++_findingNumber}");
            var where = finding.Location.Position is { } position ? $" <span class=\"where\">{Esc(position.ToString())}</span>" : string.Empty;
            Line($"<li class=\"finding {Kind(finding.Severity)}\" id=\"{id}\"><span class=\"severity\">{Esc(_words.Severity(finding.Severity))}</span> <code>{Esc(finding.RuleId)}</code> {Esc(finding.Message)}{where} <a class=\"permalink\" href=\"#{id}\" aria-label=\"{Esc(finding.RuleId)}\">#</a></li>");
        }

        Line("</ul>");
    }

    private string Cell(IndicatorValue value) => value.ToString() is { Length: > 0 } shown ? Esc(shown) : Esc(_words.Blank);

    private string Label(Sheet sheet, Indicator indicator) => sheet is MeasureSheet measure ? $"{measure.Code} {indicator.Name}" : $"{sheet.Title} {indicator.Name}";

    private string Counts(int errors, int warnings, int notes) => string.Join(" ", new[] { (errors, _words.Errors), (warnings, _words.Warnings), (notes, _words.Notes) }.Where(c => c.Item1 > 0).Select(c => Invariant($"{c.Item2} {c.Item1}")));

    private static string Mark(AchievementRate rate) => (rate.IsAchieved ? "▲ " : "▼ ") + rate.ToString(null, CultureInfo.InvariantCulture);

    private static string Rate(AchievementRate? rate) => rate is { } r ? Esc(Mark(r)) : "—";

    private static string Execution(decimal? rate) => rate is { } r ? Invariant($"{Math.Round(r * 100m, 1, MidpointRounding.AwayFromZero):0.0}%") : "—";

    private static string Amount(decimal thousandYen) => thousandYen.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Kind(DiagnosticSeverity severity) => TextReport.LevelName(severity);

    /// <summary>
    /// A label short enough for a chart's label column; the whole of it is in the bar's title. Cut between text
    /// elements, never inside one (a surrogate pair such as 𠮷, a character with its marks).
    /// </summary>
    private static string Cut(string label)
    {
        if (label.Length <= 22)
        {
            return label;
        }

        var end = 0;
        while (end < label.Length && StringInfo.GetNextTextElementLength(label, end) is var next && end + next <= 21)
        {
            end += next;
        }

        return string.Concat(label.AsSpan(0, end), "…");
    }

    private static string Esc(string text) => HtmlReport.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Line(string line)
    {
        _html.Append(line).Append('\n');
        ReportStreaming.Pace(_html, _writer);
    }

    private const string Style = """
        :root { color-scheme: light; --text: #1f2328; --muted: #57606a; --line: #d0d7de; --short: #c62828; --achieved: #1a7f37; --warning: #a15c00; --note: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 64rem; padding: 1.5rem; color: var(--text); background: #fff; font: 16px/1.6 "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "Yu Gothic", Meiryo, system-ui, sans-serif; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        a { color: #0b57d0; }
        a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        nav ol { columns: 2; padding-left: 1.5rem; }
        .counts { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; }
        .count { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
        .count .number { font-size: 1.6rem; font-weight: 700; }
        .count.error { border-left-color: var(--short); }
        .count.warning { border-left-color: var(--warning); }
        .count.note { border-left-color: var(--note); }
        .attention { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        .panel { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem .5rem; }
        #shortfall h3 { color: var(--short); }
        #unspent h3 { color: var(--warning); }
        .figure { font-variant-numeric: tabular-nums; color: var(--muted); }
        figure.chart { margin: 1.5rem 0; overflow-x: auto; }
        figcaption { font-weight: 700; margin-bottom: .25rem; }
        svg { font-size: 12px; font-family: inherit; max-width: 100%; height: auto; }
        svg .label { fill: var(--text); }
        svg .value { font-weight: 700; fill: var(--text); }
        svg .tick { fill: var(--muted); }
        svg .grid { stroke: #eaeef2; }
        svg .target { stroke: var(--text); stroke-width: 2; stroke-dasharray: 4 3; }
        svg .empty { fill: var(--muted); }
        svg a:hover rect.bar, svg a:focus rect.bar { opacity: .8; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.short, .mark.short { color: var(--short); font-weight: 700; }
        td.achieved { color: var(--achieved); font-weight: 700; }
        td.unspent, .mark.unspent { color: var(--warning); font-weight: 700; }
        tr.flagged { background: #fff8c5; }
        .mark { font-size: .9rem; margin-left: .5rem; white-space: nowrap; }
        .sheet.measure { margin-top: 2.5rem; }
        .sheet.project { border-left: 4px solid var(--line); padding-left: 1rem; margin-left: .25rem; }
        .sheet.project.unspent { border-left-color: var(--warning); }
        .department, .goal { color: var(--muted); margin: .25rem 0; }
        .findings { list-style: none; padding: 0; }
        .finding { border-left: 6px solid var(--note); background: #f6f8fa; padding: .4rem .75rem; margin: .4rem 0; border-radius: 0 6px 6px 0; }
        .finding.error { border-left-color: var(--short); background: #fdecea; }
        .finding.warning { border-left-color: var(--warning); background: #fff4e0; }
        .finding:target { outline: 3px solid #0b57d0; }
        .finding .severity { font-weight: 700; margin-right: .25rem; }
        .finding .where { color: var(--muted); font-size: .9rem; }
        .permalink { color: var(--muted); text-decoration: none; margin-left: .25rem; }
        details.data summary { cursor: pointer; color: #0b57d0; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav, .permalink, details.data summary { display: none; }
          details.data, details.data::details-content { display: block; content-visibility: visible; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .sheet, figure.chart, table, .finding { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}
