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
        // Every sheet by the unique path the engine gave it (a second 事業 of the same title is 題名#2), so each sheet of
        // the document is shown once and its findings beside it.
        var sheets = document?.Sheets ?? [];
        var paths = DocumentSubjects.SheetPaths(sheets);
        _paths = new Dictionary<Sheet, string>(ReferenceEqualityComparer.Instance);
        var byPath = new Dictionary<string, Sheet>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            _paths[sheets[i]] = paths[i];
            byPath[paths[i]] = sheets[i];
        }

        var findings = run.Findings.Where(f => !f.IsSuppressed).ToList();
        var located = findings.Select(f => (Finding: f, Sheet: SheetOf(f.Location.Path, byPath))).ToList();
        _findings = located.Where(l => l.Sheet is not null).ToLookup<(Finding Finding, Sheet? Sheet), Sheet, Finding>(l => l.Sheet!, l => l.Finding, ReferenceEqualityComparer.Instance);
        Rest = [.. located.Where(l => l.Sheet is null).Select(l => l.Finding)];

        var placed = new HashSet<Sheet>(ReferenceEqualityComparer.Instance);
        var measures = new List<(MeasureSheet, IReadOnlyList<ProjectSheet>)>();
        if (document is not null)
        {
            foreach (var measure in document.MeasureSheets)
            {
                placed.Add(measure);
                var projects = document.ProjectsOf(measure).Where(placed.Add).ToList();
                measures.Add((measure, projects));
            }
        }

        Measures = measures;
        Unlinked = [.. sheets.OfType<ProjectSheet>().Where(placed.Add)];
        Shortfall = measures.Count(m => FellShort(m.Item1));
        Unspent = Projects.Count(LeftUnspent);
        ProjectCount = measures.Sum(m => m.Item2.Count) + Unlinked.Count;
    }

    /// <summary>Each 施策 with the 事業 placed under it.</summary>
    public IReadOnlyList<(MeasureSheet Measure, IReadOnlyList<ProjectSheet> Projects)> Measures { get; }

    /// <summary>The 事業 linked to no 施策 of the document.</summary>
    public IReadOnlyList<ProjectSheet> Unlinked { get; }

    /// <summary>The unsuppressed findings about no sheet of the document (the document itself, another source's data).</summary>
    public IReadOnlyList<Finding> Rest { get; }

    /// <summary>How many 施策 have an outcome indicator short of its target.</summary>
    public int Shortfall { get; }

    /// <summary>How many 事業 spent under 80 % of their budget.</summary>
    public int Unspent { get; }

    /// <summary>How many 事業 there are.</summary>
    public int ProjectCount { get; }

    /// <summary>Every sheet in the report's order: each 施策 followed by its 事業, then the 事業 linked to none.</summary>
    public IEnumerable<Sheet> Sheets => Measures.SelectMany(m => m.Projects.Prepend<Sheet>(m.Measure)).Concat(Unlinked);

    /// <summary>Every 事業 in the report's order.</summary>
    public IEnumerable<ProjectSheet> Projects => Measures.SelectMany(m => m.Projects).Concat(Unlinked);

    /// <summary>The findings about a sheet.</summary>
    public IEnumerable<Finding> FindingsOf(Sheet sheet) => _findings[sheet];

    /// <summary>The unique path of a sheet of the document (<c>5-1-1</c>, <c>題名#2</c>).</summary>
    public string PathOf(Sheet sheet) => _paths[sheet];

    /// <summary>The direction-aware achievement of an indicator, when its target and actual are numbers.</summary>
    public static AchievementRate? Rate(Indicator indicator) => AchievementRate.Compute(indicator.Target, indicator.Actual, indicator.Direction);

    /// <summary>Whether an outcome indicator of the 施策 fell short of its target.</summary>
    public static bool FellShort(MeasureSheet measure) => measure.Outcomes.Any(i => Rate(i) is { IsAchieved: false });

    /// <summary>Whether the 事業 spent under 80 % of its budget.</summary>
    public static bool LeftUnspent(ProjectSheet project) => project.Cost.ExecutionRate is < UnspentBelow;

    /// <summary>The execution rate under which a budget counts as left unspent.</summary>
    public const decimal UnspentBelow = 0.8m;

    /// <summary>
    /// The sheet a logical path is about: the longest sheet path that is the whole path or ends where one of its <c>/</c>
    /// begins (a 事業's title may itself hold a <c>/</c>); null when it is about no sheet of the document.
    /// </summary>
    private static Sheet? SheetOf(string path, Dictionary<string, Sheet> sheets)
    {
        if (sheets.TryGetValue(path, out var whole))
        {
            return whole;
        }

        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (sheets.TryGetValue(path[..slash], out var sheet))
            {
                return sheet;
            }
        }

        return null;
    }

    private readonly Dictionary<Sheet, string> _paths;
    private readonly ILookup<Sheet, Finding> _findings;
}
