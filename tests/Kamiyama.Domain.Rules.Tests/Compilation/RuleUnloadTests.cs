using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

[Collection(nameof(RunsAlone))]
public sealed class RuleUnloadTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dispose_RuleSet_UnloadsItsLoadContext(bool fromCache)
    {
        if (fromCache)
        {
            RuleLoader.Load([RuleText.Source("rules/r.csx", RuleText.ReasonRequired)], _cache.Options).RuleSet!.Dispose();
        }

        var context = LoadRunAndDispose(_cache.Options);

        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive);
    }

    [Fact]
    public void Evaluate_AfterDispose_Throws()
    {
        var rules = RuleLoader.Load([RuleText.Source("rules/r.csx", RuleText.ReasonRequired)], _cache.Options).RuleSet!;
        rules.Dispose();

        Assert.Throws<ObjectDisposedException>(() => rules.Evaluate(RuleText.Document()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadRunAndDispose(RuleLoadOptions options)
    {
        RuleSource[] sources = [RuleText.Source("rules/r.csx", RuleText.ReasonRequired)];
        var name = "Kamiyama.Rules." + RuleCache.Key(sources)[..16];
        var before = AssemblyLoadContext.All.Where(c => c.Name == name).ToList();
        var result = RuleLoader.Load(sources, options);
        var rules = result.RuleSet!;
        Assert.Single(rules.Evaluate(RuleText.Document()).Findings);
        var ruleType = rules.Evaluate(RuleText.Document()).Rules[0];
        Assert.Equal("KMY001", ruleType.Id);
        var context = AssemblyLoadContext.All.Single(c => c.Name == name && !before.Contains(c));
        var weak = new WeakReference(context);
        rules.Dispose();
        return weak;
    }
}
