using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Isolation;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// A loaded set of rules, ready to run over documents or any subjects. Rules compiled from scripts live in a collectible
/// load context that <see cref="Dispose"/> unloads; a set built from rule objects with <see cref="FromRules"/> owns nothing.
/// A set loaded from scripts keeps its compiled, gated assembly, so that <see cref="RuleIsolation.Process"/> can run it in a
/// worker process; a set made with <see cref="FromRules"/> always runs in this process.
/// </summary>
public sealed class RuleSet : IDisposable
{
    private readonly IReadOnlyList<IRule> _rules;
    private readonly RuleImage? _image;
    private readonly WorkerPool? _workers;
    private IDisposable? _owner;

    internal RuleSet(IReadOnlyList<IRule> rules, IDisposable? owner, RuleImage? image = null)
    {
        _rules = rules;
        _owner = owner;
        _image = image;
        _workers = image is null ? null : new WorkerPool();
        Descriptors = rules.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToValueArray();
    }

    /// <summary>The rules' descriptors, by id.</summary>
    public ValueArray<RuleDescriptor> Descriptors { get; }

    /// <summary>A set of rule objects written in ordinary C# (a host's own rules, tests, benchmarks).</summary>
    /// <param name="rules">The rules; their ids must be unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">Two rules share an id, or a descriptor is invalid.</exception>
    public static RuleSet FromRules(params IRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.SelectMany(r => r.Descriptor.Validate())
            .Concat(rules.GroupBy(r => r.Descriptor.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"The rule id {g.Key} is used {g.Count()} times."))
            .ToList();
        return problems.Count == 0 ? new RuleSet(rules, owner: null) : throw new ArgumentException(string.Join(" ", problems), nameof(rules));
    }

    /// <summary>Where a rule of the set is declared: its rule file, line and column; null for a rule made in C# ahead of time.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The position, or null when the set has no such rule or it has no file.</returns>
    public Sources.SourcePosition? SourceOf(string ruleId) =>
        _rules.OfType<Compilation.LoadedRule>().FirstOrDefault(r => string.Equals(r.Descriptor.Id, ruleId, StringComparison.Ordinal))?.Source;

    /// <summary>Whether <see cref="RuleIsolation.Process"/> runs this set in a worker process (it was loaded from rule scripts).</summary>
    public bool CanRunInWorker => _image is not null;

    /// <summary>This set's compiled scripts with rules compiled ahead of time beside them; this set gives its scripts up to the new one.</summary>
    internal RuleSet With(IReadOnlyList<IRule> compiled)
    {
        var combined = new RuleSet([.. _rules, .. compiled], _owner, _image);
        _owner = null;
        _workers?.Dispose();
        _disposed = true;
        return combined;
    }

    /// <summary>
    /// Runs every rule over every subject of a document: in this process, or with <see cref="RuleIsolation.Process"/> (for a
    /// set loaded from scripts, see <see cref="CanRunInWorker"/>) in a worker process, with the same findings and outcomes.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Settings, suppressions, time limits, isolation; <see cref="RuleOptions.Default"/> when null.</param>
    /// <returns>The run.</returns>
    /// <exception cref="FileNotFoundException">The run is to be isolated, and the worker or the dotnet muxer is missing.</exception>
    /// <exception cref="InvalidOperationException">The run is to be isolated, and the worker could not be started.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public RuleRun Evaluate(EvaluationDocument document, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_owner is null && _disposed, this);
        options ??= RuleOptions.Default;
        return options.Isolation == RuleIsolation.Process && _image is not null
            ? WorkerRun.Run(_rules, _image, _workers!, document, options)
            : RuleEvaluator.Run(_rules, SubjectTable.Of(document), options, document);
    }

    /// <summary>Runs every rule over subjects of any type (a city system's own data), always in this process.</summary>
    /// <param name="subjects">The subjects.</param>
    /// <param name="options">Settings, suppressions, time limit; <see cref="RuleOptions.Default"/> when null.</param>
    /// <param name="document">The document the subjects belong to, for source positions; null for other data.</param>
    /// <returns>The run.</returns>
    public RuleRun Evaluate(IEnumerable<Subject> subjects, RuleOptions? options = null, EvaluationDocument? document = null)
    {
        ObjectDisposedException.ThrowIf(_owner is null && _disposed, this);
        ArgumentNullException.ThrowIfNull(subjects);
        return RuleEvaluator.Run(_rules, SubjectTable.Of([.. subjects]), options ?? RuleOptions.Default, document);
    }

    private bool _disposed;

    /// <summary>Ends the worker the set keeps between runs, so that the next isolated run starts one (benchmarks).</summary>
    internal void EndIdleWorker() => _workers?.Clear();

    /// <summary>Unloads the compiled rules' load context, if the set owns one, and ends its idle rule worker, if it has one.</summary>
    public void Dispose()
    {
        _disposed = true;
        _workers?.Dispose();
        _owner?.Dispose();
        _owner = null;
    }
}
