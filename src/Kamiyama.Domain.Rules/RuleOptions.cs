namespace Kamiyama.Domain.Rules;

/// <summary>How a rule set runs: per-rule settings, suppressions, the time limit of one rule call, cancellation.</summary>
public sealed record RuleOptions
{
    /// <summary>The defaults: every rule at its default severity, no suppressions, two seconds per rule call.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>Settings by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>();

    /// <summary>Suppressions, each with its justification.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>How long one rule may run on one subject before it is stopped.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Cancels the run.</summary>
    public CancellationToken Cancellation { get; init; }

    internal RuleSettings For(string ruleId) => Rules.TryGetValue(ruleId, out var settings) ? settings : DefaultSettings;

    private static readonly RuleSettings DefaultSettings = new();
}
