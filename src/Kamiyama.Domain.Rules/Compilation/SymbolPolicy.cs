using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Judges one symbol: null when a rule may use it, else the API's name and why not. Symbols declared by the rule files
/// themselves are always allowed; what they use is judged where it is used. A symbol of a shipped assembly (the model,
/// the engine: known by the assembly that declares it, never by its namespace) is judged by the <see cref="RuleSurface"/>
/// alone, closed by default; a framework symbol by the <see cref="AllowList"/>.
/// </summary>
internal static class SymbolPolicy
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None);

    public static (string Api, string Reason)? Judge(ISymbol symbol, IAssemblySymbol self) => symbol switch
    {
        IAliasSymbol alias => Judge(alias.Target, self),
        IDynamicTypeSymbol => ("dynamic", "dynamic binding escapes the safety gate"),
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => (symbol.ToDisplayString(), "unsafe code"),
        IArrayTypeSymbol array => Judge(array.ElementType, self),
        INamedTypeSymbol type => JudgeType(type, self),
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => null,
        IMethodSymbol method => JudgeMember(method.ReducedFrom ?? method, self),
        IPropertySymbol or IFieldSymbol or IEventSymbol => JudgeMember(symbol, self),
        _ => null,
    };

    private static (string Api, string Reason)? JudgeMember(ISymbol member, IAssemblySymbol self)
    {
        if (member.ContainingType is not { } owner)
        {
            return null;
        }

        var type = owner.OriginalDefinition;
        if (IsFromRules(type, self) || type.IsAnonymousType || type.IsTupleType)
        {
            return null;
        }

        var api = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "new " + type.ToDisplayString(TypeFormat) : type.ToDisplayString(TypeFormat) + "." + member.Name;
        if (HostSurface.Current.Offers(type))
        {
            return HostSurface.Judge(member) is { } why ? (api, why) : null;
        }

        if (IsShipped(type))
        {
            return type.TypeKind == TypeKind.Enum
                ? (JudgeType(type, self) is { Reason: var enumReason } ? (api, enumReason) : null)
                : SurfaceKeys(member, type).Select(key => RuleSurface.Refusal(type.ContainingAssembly.Identity.Name, key)).FirstOrDefault(r => r is not null) is { } refused
                    ? (api, refused)
                    : null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        if (AllowList.DeniedMembers.TryGetValue(MetadataName(type) + "." + member.Name, out var denied))
        {
            return (api, denied);
        }

        return JudgeType(type, self) is { Reason: var reason } ? (api, reason) : null;
    }

    private static (string Api, string Reason)? JudgeType(INamedTypeSymbol type, IAssemblySymbol self)
    {
        type = type.OriginalDefinition;
        if (IsFromRules(type, self) || type.IsTupleType || type.IsAnonymousType || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var api = type.ToDisplayString(TypeFormat);
        if (HostSurface.Current.Offers(type))
        {
            return null;
        }

        if (IsShipped(type))
        {
            return RuleSurface.Refusal(type.ContainingAssembly.Identity.Name, SurfaceKey(type)) is { } refused ? (api, refused) : null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        if (type.ContainingType is { } outer)
        {
            // A nested type shares its container's verdict (Environment.SpecialFolder is an enum, so allowed above).
            return JudgeType(outer, self) is { Reason: var outerReason } ? (api, outerReason) : null;
        }

        var name = MetadataName(type);
        if (AllowList.DeniedTypes.TryGetValue(name, out var denied))
        {
            return (api, denied);
        }

        if (AllowList.Types.Contains(name))
        {
            return null;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (AllowList.Namespaces.Any(allowed => IsWithin(ns, allowed)))
        {
            return null;
        }

        var explanation = AllowList.Explanations.FirstOrDefault(e => name.StartsWith(e.Prefix, StringComparison.Ordinal)).Reason;
        return (api, explanation ?? AllowList.NotListed);
    }

    /// <summary>
    /// The surface key of a type, which is also the name reflection gives it (<c>Namespace.Outer+Inner`1</c>): its namespace,
    /// its metadata name, nested names after <c>+</c>.
    /// </summary>
    internal static string SurfaceKey(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? SurfaceKey(outer) + "+" + type.MetadataName : MetadataName(type);

    /// <summary>
    /// The surface keys a use of a member needs allowed: one for a method, constructor, field or event; one per accessor
    /// of a property, since the gate judges the property and not whether the rule reads it or initialises it.
    /// </summary>
    internal static IEnumerable<string> SurfaceKeys(ISymbol member, INamedTypeSymbol type)
    {
        var prefix = SurfaceKey(type) + ".";
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: true } when type.IsValueType:
                // new S() of a struct without a parameterless constructor is default(S): it goes with the type.
                yield return SurfaceKey(type);
                break;
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                yield return prefix + "#ctor";
                break;
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol property, MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } accessor:
                yield return prefix + property.MetadataName + AccessorSuffix(accessor);
                break;
            case IMethodSymbol { AssociatedSymbol: IEventSymbol e }:
                yield return prefix + e.MetadataName;
                break;
            case IPropertySymbol property:
                foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
                {
                    if (accessor is { DeclaredAccessibility: Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal })
                    {
                        yield return prefix + property.MetadataName + AccessorSuffix(accessor);
                    }
                }

                break;
            default:
                yield return prefix + member.MetadataName;
                break;
        }
    }

    private static string AccessorSuffix(IMethodSymbol accessor) =>
        accessor.MethodKind == MethodKind.PropertyGet ? ".get" : accessor.IsInitOnly ? ".init" : ".set";

    private static bool IsShipped(INamedTypeSymbol type) => type.ContainingAssembly is { } assembly && RuleSurface.Covers(assembly.Identity.Name);

    private static bool IsWithin(string ns, string root) =>
        ns == root || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');

    private static bool IsFromRules(ISymbol symbol, IAssemblySymbol self) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, self);

    private static string MetadataName(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
    }
}
