using System.Collections.Immutable;
using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The assemblies rule scripts compile against, taken from the running process: the framework's implementation
/// assemblies that the allow-list needs, the model, the rule engine and NodaTime. Read once per process.
/// </summary>
internal static class RuleReferences
{
    private static readonly string[] FrameworkFiles =
    [
        "System.Private.CoreLib.dll", "System.Runtime.dll", "netstandard.dll", "System.Linq.dll", "System.Collections.dll",
        "System.Collections.Immutable.dll", "System.Text.RegularExpressions.dll", "System.Memory.dll", "System.Runtime.Numerics.dll",
        "System.ObjectModel.dll", "System.Private.Uri.dll",

        // Refused by the gate, but referenced so that a rule naming them gets a KRL002 that says why, not a missing type.
        "System.Console.dll", "System.Diagnostics.Process.dll", "System.Threading.dll", "System.Threading.Thread.dll",
        "System.Threading.ThreadPool.dll", "System.Net.Http.dll", "System.Net.Primitives.dll", "System.Runtime.InteropServices.dll",
        "System.Diagnostics.StackTrace.dll", "System.Reflection.Emit.dll", "System.Security.Cryptography.dll",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Create);

    public static ImmutableArray<MetadataReference> All => References.Value;

    /// <summary>The references of a set that may use the host's types: the engine's, each host assembly, and what it references that is loaded from a file.</summary>
    public static ImmutableArray<MetadataReference> With(HostSurface host)
    {
        if (host.Types.Count == 0)
        {
            return All;
        }

        var known = new HashSet<string>(All.OfType<PortableExecutableReference>().Select(r => r.FilePath ?? string.Empty), StringComparer.Ordinal);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).GroupBy(a => a.GetName().Name ?? string.Empty).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var assembly in host.Assemblies)
        {
            extra.Add(assembly.Location);
            extra.AddRange(assembly.GetReferencedAssemblies().Select(n => loaded.GetValueOrDefault(n.Name ?? string.Empty)?.Location).OfType<string>());
        }

        return [.. All, .. extra.Distinct(StringComparer.Ordinal).Where(p => known.Add(p) && File.Exists(p)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static ImmutableArray<MetadataReference> Create()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var paths = FrameworkFiles.Select(f => Path.Combine(runtime, f))
            .Concat(new[] { typeof(EvaluationDocument), typeof(IRule), typeof(NodaTime.Instant) }.Select(t => t.Assembly.Location))
            .Where(p => p.Length > 0 && File.Exists(p))
            .Distinct(StringComparer.Ordinal);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
