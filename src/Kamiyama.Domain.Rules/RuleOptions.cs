namespace Kamiyama.Domain.Rules;

/// <summary>
/// How a rule set runs: per-rule settings, suppressions, the time limit of one rule call and of the whole run, where the
/// rules run, cancellation.
/// </summary>
public sealed record RuleOptions
{
    /// <summary>The defaults: every rule at its default severity, no suppressions, two seconds per rule call, a minute per run, in process.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>Settings by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>();

    /// <summary>Suppressions, each with its justification.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>How long one rule may run on one subject before it is stopped (and skipped on the remaining subjects).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the whole run may take: when it runs out, the running call is stopped with an engine error and everything
    /// not yet run is <see cref="OutcomeKind.Skipped"/>. <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </summary>
    public TimeSpan RunTimeLimit
    {
        get;
        init => field = value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The run's time limit must be positive, or infinite.");
    } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where the rules run: in this process (<see cref="RuleIsolation.None"/>, the default) or in a worker process that a
    /// crashing rule cannot take down with it (<see cref="RuleIsolation.Process"/>).
    /// </summary>
    public RuleIsolation Isolation { get; init; } = RuleIsolation.None;

    /// <summary>
    /// The most findings one rule may report in one run (10,000 by default): beyond it the rule is stopped (an engine
    /// error, the rule skipped on the rest), so that no rule can fill the host's memory or a report with findings. A host
    /// that checks a nation's document in one run raises it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is less than one.</exception>
    public int FindingLimit
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A rule must be allowed at least one finding.");
    } = DefaultFindingLimit;

    /// <summary>Cancels the run.</summary>
    public CancellationToken Cancellation { get; init; }

    internal const int DefaultFindingLimit = 10_000;

    internal RuleSettings For(string ruleId) => Rules.TryGetValue(ruleId, out var settings) ? settings : DefaultSettings;

    private static readonly RuleSettings DefaultSettings = new();
}
