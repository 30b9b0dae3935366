using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The order the reports people read go through a checked document, the same for Markdown and HTML: each 施策 with the
/// 事業 linked to it (a 事業 under the first 施策 that names it), then the 事業 linked to none; every unsuppressed finding by
/// the sheet it is about, and those about no sheet of the document; the summary's counts.
/// </summary>
internal sealed class EvaluationOutline
{
    public EvaluationOutline(RuleRun run, EvaluationDocument? document)
    {
        var findings = run.Findings.Where(f => !f.IsSuppressed).ToList();
        FindingsBySheet = findings.ToLookup(f => SheetOf(f.Location.Path), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var measures = new List<(MeasureSheet, IReadOnlyList<ProjectSheet>)>();
        var unlinked = new List<ProjectSheet>();
        if (document is not null)
        {
            foreach (var measure in document.MeasureSheets)
            {
                placed.Add(DocumentSubjects.SheetPath(measure));
                var projects = document.ProjectsOf(measure).Where(p => placed.Add(DocumentSubjects.SheetPath(p))).ToList();
                measures.Add((measure, projects));
            }

            unlinked.AddRange(document.ProjectSheets.Where(p => placed.Add(DocumentSubjects.SheetPath(p))));
        }

        Measures = measures;
        Unlinked = unlinked;
        Rest = findings.Where(f => !placed.Contains(SheetOf(f.Location.Path))).ToList();
        Shortfall = measures.Count(m => FellShort(m.Item1));
        Unspent = measures.SelectMany(m => m.Item2).Concat(unlinked).Count(LeftUnspent);
        ProjectCount = measures.Sum(m => m.Item2.Count) + unlinked.Count;
    }

    /// <summary>Each 施策 with the 事業 placed under it.</summary>
    public IReadOnlyList<(MeasureSheet Measure, IReadOnlyList<ProjectSheet> Projects)> Measures { get; }

    /// <summary>The 事業 linked to no 施策 of the document.</summary>
    public IReadOnlyList<ProjectSheet> Unlinked { get; }

    /// <summary>The unsuppressed findings by the path of the sheet they are about.</summary>
    public ILookup<string, Finding> FindingsBySheet { get; }

    /// <summary>The unsuppressed findings about no sheet of the document (the document itself, another source's data).</summary>
    public IReadOnlyList<Finding> Rest { get; }

    /// <summary>How many 施策 have an outcome indicator short of its target.</summary>
    public int Shortfall { get; }

    /// <summary>How many 事業 spent under 80 % of their budget.</summary>
    public int Unspent { get; }

    /// <summary>How many 事業 there are.</summary>
    public int ProjectCount { get; }

    /// <summary>Every 事業 in the report's order.</summary>
    public IEnumerable<ProjectSheet> Projects => Measures.SelectMany(m => m.Projects).Concat(Unlinked);

    /// <summary>The findings about a sheet.</summary>
    public IEnumerable<Finding> FindingsOf(Sheet sheet) => FindingsBySheet[DocumentSubjects.SheetPath(sheet)];

    /// <summary>The direction-aware achievement of an indicator, when its target and actual are numbers.</summary>
    public static AchievementRate? Rate(Indicator indicator) => AchievementRate.Compute(indicator.Target, indicator.Actual, indicator.Direction);

    /// <summary>Whether an outcome indicator of the 施策 fell short of its target.</summary>
    public static bool FellShort(MeasureSheet measure) => measure.Outcomes.Any(i => Rate(i) is { IsAchieved: false });

    /// <summary>Whether the 事業 spent under 80 % of its budget.</summary>
    public static bool LeftUnspent(ProjectSheet project) => project.Cost.ExecutionRate is < UnspentBelow;

    /// <summary>The execution rate under which a budget counts as left unspent.</summary>
    public const decimal UnspentBelow = 0.8m;

    /// <summary>The sheet part of a logical path: <c>5-1-1</c> of <c>5-1-1/目標値/…</c>.</summary>
    public static string SheetOf(string path) => path.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? path[..slash] : path;
}
