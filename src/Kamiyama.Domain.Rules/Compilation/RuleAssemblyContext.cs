using System.Reflection;
using System.Runtime.Loader;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The collectible load context of one compiled rule set. The model, the rule engine, NodaTime and the framework are
/// shared with the host (so <c>Indicator</c> is the host's <c>Indicator</c>); disposing unloads the rules.
/// </summary>
internal sealed class RuleAssemblyContext : AssemblyLoadContext, IDisposable
{
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal) { "Kamiyama.Domain", "Kamiyama.Domain.Rules", "NodaTime" };

    private readonly AssemblyLoadContext _host;
    private bool _unloaded;

    private readonly Dictionary<string, Assembly> _hostAssemblies;

    public RuleAssemblyContext(string name, IEnumerable<Assembly>? hostAssemblies = null)
        : base(name, isCollectible: true)
    {
        _host = GetLoadContext(typeof(IRule).Assembly) ?? Default;
        _hostAssemblies = (hostAssemblies ?? []).ToDictionary(a => a.GetName().Name ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Unloads the rules once nothing refers to them any more.</summary>
    public void Dispose()
    {
        if (!_unloaded)
        {
            _unloaded = true;
            Unload();
        }
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The host's own types resolve to the very assemblies the host offered, whatever context holds them.
        if (assemblyName.Name is { } hostName && _hostAssemblies.TryGetValue(hostName, out var offered))
        {
            return offered;
        }

        // Null defers to the default context (the framework, and the host's own assemblies when the host lives there).
        // A host in its own context (a plugin, a test) gets its own copies, so the types stay the same.
        return _host != Default && assemblyName.Name is { } name && Shared.Contains(name) ? _host.LoadFromAssemblyName(assemblyName) : null;
    }
}
