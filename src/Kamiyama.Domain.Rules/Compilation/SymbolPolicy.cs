using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Judges one symbol against the <see cref="AllowList"/>: null when a rule may use it, else the API's name and why not.
/// Symbols declared by the rule files themselves are always allowed; what they use is judged where it is used.
/// </summary>
internal static class SymbolPolicy
{
    private const string TimeoutReason = "a regular expression needs an overload with a TimeSpan matchTimeout, so that a rule cannot hang on backtracking";

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
        if (IsFromRules(type, self) || type.IsAnonymousType || type.IsTupleType || type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        var typeName = MetadataName(type);
        var api = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "new " + type.ToDisplayString(TypeFormat) : type.ToDisplayString(TypeFormat) + "." + member.Name;
        if (AllowList.DeniedMembers.TryGetValue(typeName + "." + member.Name, out var denied))
        {
            return (api, denied);
        }

        if (AllowList.NeedTimeout.Contains(typeName) && member is IMethodSymbol { IsStatic: true } or IMethodSymbol { MethodKind: MethodKind.Constructor }
            && !AllowList.NoTimeoutNeeded.Contains(typeName + "." + member.Name)
            && !((IMethodSymbol)member).Parameters.Any(p => p.Type.SpecialType == SpecialType.None && MetadataName(p.Type) == "System.TimeSpan"))
        {
            var parameters = string.Join(", ", ((IMethodSymbol)member).Parameters.Select(p => p.Type.ToDisplayString()));
            return ($"{api}({parameters})", TimeoutReason);
        }

        return JudgeType(type, self) is { Reason: var reason } ? (api, reason) : null;
    }

    private static (string Api, string Reason)? JudgeType(INamedTypeSymbol type, IAssemblySymbol self)
    {
        type = type.OriginalDefinition;
        if (IsFromRules(type, self) || type.IsTupleType || type.IsAnonymousType || type.TypeKind is TypeKind.Enum or TypeKind.Error)
        {
            return null;
        }

        var api = type.ToDisplayString(TypeFormat);
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
        foreach (var (deniedNamespace, reason) in AllowList.DeniedNamespaces)
        {
            if (IsWithin(ns, deniedNamespace))
            {
                return (api, reason);
            }
        }

        if (AllowList.Namespaces.Any(allowed => IsWithin(ns, allowed)))
        {
            return null;
        }

        var explanation = AllowList.Explanations.FirstOrDefault(e => name.StartsWith(e.Prefix, StringComparison.Ordinal)).Reason;
        return (api, explanation ?? AllowList.NotListed);
    }

    private static bool IsWithin(string ns, string root) =>
        ns == root || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');

    private static bool IsFromRules(ISymbol symbol, IAssemblySymbol self) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, self);

    private static string MetadataName(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
    }
}
