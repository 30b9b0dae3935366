using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// A loaded set of rules, ready to run over documents or any subjects. Rules compiled from scripts live in a collectible
/// load context that <see cref="Dispose"/> unloads; a set built from rule objects with <see cref="FromRules"/> owns nothing.
/// </summary>
public sealed class RuleSet : IDisposable
{
    private readonly IReadOnlyList<IRule> _rules;
    private IDisposable? _owner;

    internal RuleSet(IReadOnlyList<IRule> rules, IDisposable? owner)
    {
        _rules = rules;
        _owner = owner;
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

    /// <summary>Runs every rule over every subject of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Settings, suppressions, time limit; <see cref="RuleOptions.Default"/> when null.</param>
    /// <returns>The run.</returns>
    public RuleRun Evaluate(EvaluationDocument document, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_owner is null && _disposed, this);
        return RuleEvaluator.Run(_rules, SubjectTable.Of(document), options ?? RuleOptions.Default, document);
    }

    /// <summary>Runs every rule over subjects of any type (a city system's own data).</summary>
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

    /// <summary>Unloads the compiled rules' load context, if the set owns one.</summary>
    public void Dispose()
    {
        _disposed = true;
        _owner?.Dispose();
        _owner = null;
    }
}
