using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The result of loading rule files (規則の読込結果): the rule set when the files compiled, every diagnostic, and whether the
/// compiled set came from the cache. Loading never throws for bad rule files; read <see cref="Diagnostics"/> instead.
/// </summary>
public sealed class RuleLoadResult
{
    internal RuleLoadResult(RuleSet? ruleSet, IEnumerable<Diagnostic> diagnostics, bool fromCache)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics
            .OrderBy(d => d.Position)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToValueArray();
        FromCache = fromCache;
    }

    /// <summary>
    /// The loaded rules: null when a file did not compile or was refused; otherwise every rule that could be created and
    /// has a valid, unique descriptor. Dispose it to unload the compiled rules.
    /// </summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Every diagnostic, by file, line and column.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the compiled rules were read from the cache rather than compiled.</summary>
    public bool FromCache { get; }

    /// <summary>Whether the rule set loaded with no error diagnostics.</summary>
    public bool Success => RuleSet is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override string ToString() => Diagnostics.IsEmpty ? $"{RuleSet?.Descriptors.Count ?? 0} rules" : string.Join(Environment.NewLine, Diagnostics);
}
