using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules;

/// <summary>Configuration of one rule: whether it runs, its severity, and its parameters.</summary>
public sealed record RuleSettings
{
    /// <summary>Whether the rule runs (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A severity overriding the rule's default, if any.</summary>
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>Parameters by name, as text read with the invariant culture (<c>"threshold": "0.2"</c>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
