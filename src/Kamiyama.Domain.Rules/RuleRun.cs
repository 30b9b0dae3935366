using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// Everything said about a check: the rules that ran, every finding in a stable order (source position, then path,
/// then document order, path and rule), every other diagnostic (reader, configuration, load, and an engine error for each
/// rule that failed on a subject), and the outcome of each rule on each subject. Deterministic for the same rules,
/// options and data. Every report writes all of it.
/// </summary>
/// <remarks>
/// The engine makes a run with its engine errors; add the diagnostics of reading the documents, the configuration and
/// the rules with <see cref="WithDiagnostics"/>. A host that checks with its own means builds a run with the constructor.
/// </remarks>
public sealed class RuleRun
{
    private readonly OutcomeLog? _log;
    private readonly ValueArray<Diagnostic> _added;
    private readonly Func<RuleOutcome, RuleOutcome>? _outcomeMap;
    private ValueArray<RuleOutcome>? _allOutcomes;
    private ValueArray<Diagnostic>? _diagnostics;

    /// <summary>Creates a run from what a host found by its own means, for the reports.</summary>
    /// <param name="rules">The rules that ran.</param>
    /// <param name="findings">Their findings (kept in the order given).</param>
    /// <param name="diagnostics">Every other diagnostic (ordered by stage, file, line, column and code).</param>
    /// <param name="outcomes">The outcome of each rule on each subject, if the host has them.</param>
    public RuleRun(IEnumerable<RuleDescriptor> rules, IEnumerable<Finding> findings, IEnumerable<Diagnostic> diagnostics, IEnumerable<RuleOutcome>? outcomes = null)
        : this(rules, findings, log: null, Check(diagnostics), (outcomes ?? []).ToValueArray())
    {
    }

    internal RuleRun(IEnumerable<RuleDescriptor> rules, IEnumerable<Finding> findings, OutcomeLog outcomes)
        : this(rules, findings, outcomes, [], null)
    {
    }

    private RuleRun(IEnumerable<RuleDescriptor> rules, IEnumerable<Finding> findings, OutcomeLog? log, ValueArray<Diagnostic> added, ValueArray<RuleOutcome>? outcomes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(findings);
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToValueArray();
        Findings = findings.ToValueArray();
        _log = log;
        _added = added;
        _allOutcomes = outcomes;
    }

    private RuleRun(RuleRun run, ValueArray<Diagnostic> added)
    {
        Rules = run.Rules;
        Findings = run.Findings;
        _log = run._log;
        _added = added;
        _outcomeMap = run._outcomeMap;
        _allOutcomes = run._allOutcomes;
    }

    private RuleRun(RuleRun run, Func<RuleDescriptor, RuleDescriptor> rule, Func<Finding, Finding> finding, Func<Diagnostic, Diagnostic> diagnostic, Func<RuleOutcome, RuleOutcome> outcome)
    {
        Rules = run.Rules.Select(rule).ToValueArray();
        Findings = run.Findings.Select(finding).ToValueArray();
        _log = run._log;
        _added = run._added.Select(diagnostic).ToValueArray();
        _outcomeMap = run._outcomeMap is { } earlier ? o => outcome(earlier(o)) : outcome;
        _allOutcomes = run._allOutcomes?.Select(outcome).ToValueArray();
    }

    /// <summary>The rules that ran, by id.</summary>
    public ValueArray<RuleDescriptor> Rules { get; }

    /// <summary>Every finding, suppressed ones included, in a stable order.</summary>
    public ValueArray<Finding> Findings { get; }

    /// <summary>
    /// Every diagnostic that is not a finding: those added (reader, configuration, load) and one
    /// <see cref="RuleDiagnosticCodes.RuleFailed"/> error for each rule that failed on a subject, at that subject. Ordered by
    /// stage (<see cref="DiagnosticOrigin"/>), then file, line, column, code and message; engine errors in run order.
    /// </summary>
    public ValueArray<Diagnostic> Diagnostics => _diagnostics ??= Order(_added.Concat(EngineErrors.Select(ToDiagnostic)));

    /// <summary>The outcome of each rule on each subject it applies to, <see cref="OutcomeKind.Skipped"/> where it was not run (made on first use: a large run has many).</summary>
    public ValueArray<RuleOutcome> Outcomes => _allOutcomes ??= (_outcomeMap is null ? _log!.All() : _log!.All().Select(_outcomeMap)).ToValueArray();

    /// <summary>The outcomes where a rule threw, was stopped (time, stack, memory, the run's time) or crashed its worker, in run order.</summary>
    public IEnumerable<RuleOutcome> EngineErrors => _log is null
        ? Outcomes.Where(o => o.Kind == OutcomeKind.Error)
        : _outcomeMap is null ? _log.NotPassed(OutcomeKind.Error) : _log.NotPassed(OutcomeKind.Error).Select(_outcomeMap);

    /// <summary>Whether any unsuppressed finding, or any other diagnostic (an engine error included), is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == DiagnosticSeverity.Error && !f.IsSuppressed) || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The same run with more diagnostics: those of reading the documents, the configuration and the rules.</summary>
    /// <param name="diagnostics">The diagnostics to add (findings are not diagnostics to add: they belong to the run).</param>
    /// <returns>A new run; this one is unchanged.</returns>
    public RuleRun WithDiagnostics(IEnumerable<Diagnostic> diagnostics) => new(this, _added.Concat(Check(diagnostics)).ToValueArray());

    /// <summary>
    /// The same run with its rules, findings, diagnostics and outcomes each mapped (the order kept), as a report shows it:
    /// another language, paths relative to a folder. Outcomes are mapped when read.
    /// </summary>
    internal RuleRun Map(Func<RuleDescriptor, RuleDescriptor> rule, Func<Finding, Finding> finding, Func<Diagnostic, Diagnostic> diagnostic, Func<RuleOutcome, RuleOutcome> outcome) =>
        new(this, rule, finding, diagnostic, outcome);

    /// <summary>How many outcomes are of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public int Count(OutcomeKind kind) => _log?.Count(kind) ?? Outcomes.Count(o => o.Kind == kind);

    /// <summary>
    /// How many unsuppressed findings and other diagnostics have a severity; engine errors are not counted here but by
    /// <see cref="EngineErrors"/>, as the reports say them apart (<c>1 rule failure</c>).
    /// </summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(DiagnosticSeverity severity) =>
        Findings.Count(f => f.Severity == severity && !f.IsSuppressed) + _added.Count(d => d.Severity == severity);

    private static ValueArray<Diagnostic> Check(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = diagnostics.ToValueArray();
        foreach (var d in all)
        {
            if (d is null or Finding)
            {
                throw new ArgumentException("Diagnostics to add are not null and not findings: a finding belongs to the run that made it.", nameof(diagnostics));
            }
        }

        return all;
    }

    private static ValueArray<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select((d, i) => (d, i))
        .OrderBy(p => p.d.Origin)
        .ThenBy(p => p.d.Origin == DiagnosticOrigin.Engine ? p.i : 0)
        .ThenBy(p => p.d.Position?.File, StringComparer.Ordinal)
        .ThenBy(p => p.d.Position?.Line ?? 0)
        .ThenBy(p => p.d.Position?.Column ?? 0)
        .ThenBy(p => p.d.Code, StringComparer.Ordinal)
        .ThenBy(p => p.d.Message, StringComparer.Ordinal)
        .Select(p => p.d)
        .ToValueArray();

    private static Diagnostic ToDiagnostic(RuleOutcome error) => new(
        RuleDiagnosticCodes.RuleFailed,
        DiagnosticSeverity.Error,
        $"{error.RuleId} failed at {error.SubjectPath} and was skipped for this subject: {error.Error}",
        new DiagnosticLocation(error.SubjectPath, error.Position),
        DiagnosticOrigin.Engine)
    {
        RuleId = error.RuleId,
    };
}
