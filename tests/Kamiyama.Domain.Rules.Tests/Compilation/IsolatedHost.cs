using System.Reflection;
using System.Runtime.Loader;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// A fresh copy of the rule engine in a load context of its own, where no compiler has been loaded yet, to show that a
/// cache hit never loads Roslyn (this test process has long since loaded it in the default context).
/// </summary>
internal sealed class IsolatedHost : AssemblyLoadContext
{
    private static readonly string[] Own = ["Kamiyama.Domain", "Kamiyama.Domain.Rules", "NodaTime", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];

    private IsolatedHost()
        : base("isolated rule host", isCollectible: true)
    {
    }

    public static (bool FromCache, int Rules, bool CompilerLoaded) LoadFromCache(string cacheDirectory, string path, string text)
    {
        var host = new IsolatedHost();
        try
        {
            var engine = host.LoadFromAssemblyName(new AssemblyName("Kamiyama.Domain.Rules"));
            var sourceType = engine.GetType("Kamiyama.Domain.Rules.Compilation.RuleSource", throwOnError: true)!;
            var optionsType = engine.GetType("Kamiyama.Domain.Rules.Compilation.RuleLoadOptions", throwOnError: true)!;
            var source = Activator.CreateInstance(sourceType, path, text)!;
            var sources = Array.CreateInstance(sourceType, 1);
            sources.SetValue(source, 0);
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("CacheDirectory")!.SetValue(options, cacheDirectory);

            var load = engine.GetType("Kamiyama.Domain.Rules.Compilation.RuleLoader", throwOnError: true)!.GetMethod("Load")!;
            var result = load.Invoke(null, [sources, options])!;
            var fromCache = (bool)result.GetType().GetProperty("FromCache")!.GetValue(result)!;
            var ruleSet = (IDisposable)result.GetType().GetProperty("RuleSet")!.GetValue(result)!;
            var rules = CountRules(ruleSet);
            ruleSet.Dispose();
            return (fromCache, rules, host.Assemblies.Any(a => a.GetName().Name == "Microsoft.CodeAnalysis"));
        }
        finally
        {
            host.Unload();
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (!Own.Contains(assemblyName.Name))
        {
            return null;
        }

        var file = Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll");
        return File.Exists(file) ? LoadFromAssemblyPath(file) : null;
    }

    private static int CountRules(object ruleSet)
    {
        var descriptors = ruleSet.GetType().GetProperty("Descriptors")!.GetValue(ruleSet)!;
        return (int)descriptors.GetType().GetProperty("Count")!.GetValue(descriptors)!;
    }
}
