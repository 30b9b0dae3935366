using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

internal static class LoadResultExtensions
{
    public static LoadedForTest AsDisposable(this RuleLoadResult result) => new(result);
}
