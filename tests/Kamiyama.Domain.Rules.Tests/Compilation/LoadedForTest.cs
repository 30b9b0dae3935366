using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>A load result that disposes its rule set, so that tests can write <c>using var</c>.</summary>
internal sealed class LoadedForTest(RuleLoadResult result) : IDisposable
{
    public RuleSet? RuleSet => result.RuleSet;

    public bool FromCache => result.FromCache;

    public bool Success => result.Success;

    public ValueArray<Diagnostic> Diagnostics => result.Diagnostics;

    public void Dispose() => result.RuleSet?.Dispose();
}
