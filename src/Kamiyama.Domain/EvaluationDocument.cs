using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain;

/// <summary>
/// 評価書 — an evaluation document: the sheets a municipality published for one fiscal year, in document order, with
/// the plan they belong to. Navigates both ways between measures (施策) and the projects (事業) that serve them.
/// Two documents are equal when their fiscal year, plan name and sheets are equal.
/// </summary>
public sealed class EvaluationDocument : IEquatable<EvaluationDocument>
{
    private readonly Dictionary<PlanCode, MeasureSheet> _measures = [];
    // Handed out as immutable arrays: a rule given a list it could cast back and clear would change what the next rule sees.
    private readonly Dictionary<PlanCode, ValueArray<ProjectSheet>> _projectsByMeasure = [];

    /// <summary>Creates a document.</summary>
    /// <param name="fiscalYear">年度 — the fiscal year evaluated (令和4年度), or <see langword="null"/> when the source does not say.</param>
    /// <param name="sheets">The sheets, in document order.</param>
    /// <param name="planName">振興計画 — the plan's name, when known.</param>
    /// <param name="sources">Where each element was read from; <see cref="SourceMap.Empty"/> for a document built in code.</param>
    public EvaluationDocument(FiscalYear? fiscalYear, IEnumerable<Sheet> sheets, string? planName = null, SourceMap? sources = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        FiscalYear = fiscalYear;
        Sources = sources ?? SourceMap.Empty;
        Sheets = sheets.ToValueArray();
        var projectsByMeasure = new Dictionary<PlanCode, List<ProjectSheet>>();
        foreach (var sheet in Sheets)
        {
            switch (sheet)
            {
                case MeasureSheet measure:
                    _measures.TryAdd(measure.Code, measure);
                    break;
                case ProjectSheet project:
                    foreach (var code in project.Measures.Select(m => m.Code).Distinct())
                    {
                        if (!projectsByMeasure.TryGetValue(code, out var list))
                        {
                            projectsByMeasure[code] = list = [];
                        }

                        list.Add(project);
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown sheet kind {sheet?.GetType().Name ?? "null"}.", nameof(sheets));
            }
        }

        foreach (var (code, projects) in projectsByMeasure)
        {
            _projectsByMeasure[code] = projects.ToValueArray();
        }

        Plan = Plan.FromItems(planName, MeasureSheets.SelectMany(m => new[] { m.Chapter, m.Policy, m.Measure }));
    }

    /// <summary>年度 — the fiscal year evaluated, or <see langword="null"/> when the source does not say.</summary>
    public FiscalYear? FiscalYear { get; }

    /// <summary>The sheets, in document order.</summary>
    public ValueArray<Sheet> Sheets { get; }

    /// <summary>Where each element was read from (not part of equality).</summary>
    public SourceMap Sources { get; }

    /// <summary>振興計画 — the plan as far as the document's measure sheets show it.</summary>
    public Plan Plan { get; }

    /// <summary>施策シート — the measure sheets, in document order.</summary>
    public IEnumerable<MeasureSheet> MeasureSheets => Sheets.OfType<MeasureSheet>();

    /// <summary>事業シート — the project sheets, in document order.</summary>
    public IEnumerable<ProjectSheet> ProjectSheets => Sheets.OfType<ProjectSheet>();

    /// <summary>The sheet of a measure, or <see langword="null"/> when the document has none (the first, if several).</summary>
    /// <param name="code">A measure code.</param>
    /// <returns>The sheet, or <see langword="null"/>.</returns>
    public MeasureSheet? FindMeasureSheet(PlanCode code) => _measures.GetValueOrDefault(code);

    /// <summary>The project sheets that name a measure, in document order.</summary>
    /// <param name="measure">A measure code.</param>
    /// <returns>The projects serving the measure.</returns>
    public ValueArray<ProjectSheet> ProjectsOf(PlanCode measure) => _projectsByMeasure.GetValueOrDefault(measure);

    /// <summary>The project sheets that serve a measure sheet's measure, in document order.</summary>
    /// <param name="measure">A measure sheet.</param>
    /// <returns>The projects serving it.</returns>
    public ValueArray<ProjectSheet> ProjectsOf(MeasureSheet measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return ProjectsOf(measure.Code);
    }

    /// <summary>
    /// The measure sheets of the measures a project names, in the project's order; measures without a sheet in this
    /// document (for example 3-5-2 in a chapter-5 document) are left out — compare with <see cref="ProjectSheet.Measures"/>.
    /// </summary>
    /// <param name="project">A project sheet.</param>
    /// <returns>The measure sheets.</returns>
    public ValueArray<MeasureSheet> MeasuresOf(ProjectSheet project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. project.Measures.Select(m => FindMeasureSheet(m.Code)).OfType<MeasureSheet>().Distinct()];
    }

    /// <summary>
    /// One document from several (a city that publishes each chapter in its own file): the sheets in the given order, the
    /// fiscal year they share, the first plan name given, and every source position.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The combined document.</returns>
    /// <exception cref="ArgumentException">The documents name different fiscal years.</exception>
    public static EvaluationDocument Combine(IEnumerable<EvaluationDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var years = list.Select(d => d.FiscalYear).OfType<FiscalYear>().Distinct().ToList();
        if (years.Count > 1)
        {
            throw new ArgumentException($"The documents name different fiscal years: {string.Join(", ", years)}.", nameof(documents));
        }

        return new EvaluationDocument(
            years.Count == 0 ? null : years[0],
            list.SelectMany(d => d.Sheets),
            list.Select(d => d.Plan.Name).FirstOrDefault(n => n is not null),
            SourceMap.Combine(list.Select(d => d.Sources)));
    }

    /// <inheritdoc />
    public bool Equals(EvaluationDocument? other) => other is not null
        && FiscalYear == other.FiscalYear
        && string.Equals(Plan.Name, other.Plan.Name, StringComparison.Ordinal)
        && Sheets == other.Sheets;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FiscalYear, Plan.Name, Sheets);

    /// <inheritdoc />
    public override string ToString() => $"{FiscalYear?.ToString() ?? "年度不明"}: {Sheets.Count} sheets";
}
