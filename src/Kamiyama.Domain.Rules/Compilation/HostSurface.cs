using System.Reflection;
using Kamiyama.Domain.Rules.Authoring;
using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The host's own types that rules may use (<see cref="RuleLoadOptions.HostTypes"/>): exactly those types, and of each
/// only what reads: properties without a public setter (get, or init, which only a new object could use), read-only and
/// constant fields, its enums, and <c>ToString</c>, <c>Equals</c> and <c>GetHashCode</c>. Refused: constructors, other
/// methods, settable properties, writable fields and events; rules read the host's objects and never change them.
/// In force while one rule set compiles (like <see cref="CompileBudget"/>), for the safety gate.
/// </summary>
internal sealed class HostSurface
{
    [ThreadStatic]
    private static HostSurface? _current;

    private readonly HashSet<(string Assembly, string Type)> _types;

    private HostSurface(IReadOnlyList<Type> types)
    {
        Types = types;
        _types = [.. types.Select(t => (t.Assembly.GetName().Name ?? string.Empty, t.FullName ?? t.Name))];
    }

    /// <summary>The surface of the set compiling on this thread; empty when none.</summary>
    public static HostSurface Current => _current ?? Empty;

    public static HostSurface Empty { get; } = new([]);

    public IReadOnlyList<Type> Types { get; }

    /// <summary>The host assemblies the rules compile against, by name.</summary>
    public IEnumerable<Assembly> Assemblies => Types.Select(t => t.Assembly).Distinct();

    /// <summary>The surface of the options' host types; every type public, not generic, from an assembly with a file.</summary>
    /// <exception cref="ArgumentException">A type cannot be offered to rules.</exception>
    public static HostSurface Of(IReadOnlyList<Type> types)
    {
        foreach (var type in types)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(types));
            if (!type.IsVisible || type.IsGenericTypeDefinition || type.Assembly.IsDynamic || string.IsNullOrEmpty(type.Assembly.Location))
            {
                throw new ArgumentException($"The host type {type.FullName} cannot be offered to rules: it must be public, not an open generic, from an assembly loaded from a file.", nameof(types));
            }

            if (type.Assembly == typeof(IRule).Assembly || type.Assembly == typeof(EvaluationDocument).Assembly)
            {
                throw new ArgumentException($"{type.FullName} is this library's: its rule surface is decided in RuleSurface.txt, not by the host.", nameof(types));
            }
        }

        return types.Count == 0 ? Empty : new HostSurface([.. types.Distinct().OrderBy(t => t.AssemblyQualifiedName, StringComparer.Ordinal)]);
    }

    /// <summary>Makes this the surface of the set compiling on this thread until the scope ends.</summary>
    public Scope Begin()
    {
        var previous = _current;
        _current = this;
        return new Scope(previous);
    }

    /// <summary>Whether a type is one the host offered.</summary>
    public bool Offers(INamedTypeSymbol type) =>
        _types.Count > 0 && _types.Contains((type.ContainingAssembly?.Identity.Name ?? string.Empty, FullName(type)));

    /// <summary>Null when a rule may use the member of an offered type; otherwise why not.</summary>
    public static string? Judge(ISymbol member) => member switch
    {
        IPropertySymbol { SetMethod: { IsInitOnly: false, DeclaredAccessibility: Accessibility.Public } } => "it can be assigned: rules read the host's objects and never change them",
        IPropertySymbol => null,
        IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true } => null,
        IFieldSymbol => "it can be assigned: rules read the host's objects and never change them",
        IMethodSymbol { MethodKind: MethodKind.PropertyGet } => null,
        IMethodSymbol { MethodKind: MethodKind.PropertySet } accessor => accessor.IsInitOnly ? null : "it can be assigned: rules read the host's objects and never change them",
        IMethodSymbol { MethodKind: MethodKind.Ordinary, Name: nameof(ToString) or nameof(Equals) or nameof(GetHashCode) } => null,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "rules read the host's objects and never make them",
        _ => "of the host's types, rules may read properties and read-only fields only",
    };

    private static string FullName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? FullName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    public readonly struct Scope(HostSurface? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
