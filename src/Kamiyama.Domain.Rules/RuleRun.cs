using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// The result of running a rule set: the rules that ran, every finding in a stable order (source position, then path,
/// then document order, path and rule), and the outcome of each rule on each subject. Deterministic for the same rules, options and data.
/// </summary>
public sealed class RuleRun
{
    private readonly OutcomeLog _outcomes;
    private ValueArray<RuleOutcome>? _allOutcomes;

    internal RuleRun(IEnumerable<RuleDescriptor> rules, IEnumerable<Finding> findings, OutcomeLog outcomes)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToValueArray();
        Findings = findings
            .ToValueArray();
        _outcomes = outcomes;
    }

    /// <summary>The rules that ran, by id.</summary>
    public ValueArray<RuleDescriptor> Rules { get; }

    /// <summary>Every finding, suppressed ones included, in a stable order.</summary>
    public ValueArray<Finding> Findings { get; }

    /// <summary>The outcome of each rule on each subject it applies to, <see cref="OutcomeKind.Skipped"/> where it was not run (made on first use: a large run has many).</summary>
    public ValueArray<RuleOutcome> Outcomes => _allOutcomes ??= _outcomes.All().ToValueArray();

    /// <summary>The outcomes where a rule threw, was stopped (time, stack, memory, the run's time) or crashed its worker, in run order.</summary>
    public IEnumerable<RuleOutcome> EngineErrors => _outcomes.NotPassed(OutcomeKind.Error);

    /// <summary>Whether any unsuppressed finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == DiagnosticSeverity.Error && !f.IsSuppressed);

    /// <summary>How many outcomes are of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public int Count(OutcomeKind kind) => _outcomes.Count(kind);

    /// <summary>How many unsuppressed findings have a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(DiagnosticSeverity severity) => Findings.Count(f => f.Severity == severity && !f.IsSuppressed);
}
