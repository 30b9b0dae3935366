using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Whether a value of a type can never change once made, as far as the gate can prove: what a rule may keep in a
/// <c>static readonly</c> field without sharing changeable state. Only sealed classes and value types qualify (a
/// subclass could add state), and generic types only when their type arguments do.
/// </summary>
internal static class Immutability
{
    private static readonly HashSet<string> ImmutableValueTypes = new(StringComparer.Ordinal)
    {
        "System.TimeSpan", "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.Guid",
        "System.Half", "System.Int128", "System.UInt128", "System.Index", "System.Range", "System.Text.Rune", "System.Numerics.BigInteger",
    };

    /// <summary>Generic types that are immutable when their type arguments are.</summary>
    private static readonly HashSet<string> ImmutableGenerics = new(StringComparer.Ordinal)
    {
        "System.Nullable`1", "System.Collections.Generic.KeyValuePair`2",
        "System.Collections.Immutable.ImmutableArray`1", "System.Collections.Immutable.ImmutableList`1",
        "System.Collections.Immutable.ImmutableDictionary`2", "System.Collections.Immutable.ImmutableSortedDictionary`2",
        "System.Collections.Immutable.ImmutableHashSet`1", "System.Collections.Immutable.ImmutableSortedSet`1",
        "System.Collections.Immutable.ImmutableQueue`1", "System.Collections.Immutable.ImmutableStack`1",
        "System.Collections.Frozen.FrozenSet`1", "System.Collections.Frozen.FrozenDictionary`2",
        "Kamiyama.Domain.ValueArray`1",
    };

    /// <summary>The engine's own sealed immutable types that rules may keep.</summary>
    private static readonly HashSet<string> ImmutableEngineTypes = new(StringComparer.Ordinal)
    {
        "Kamiyama.Domain.Rules.Authoring.RulePattern", "Kamiyama.Domain.Rules.Authoring.RuleMatch", "Kamiyama.Domain.Rules.Authoring.RuleDescriptor",
    };

    public static bool IsImmutable(ITypeSymbol type, IAssemblySymbol rules) => IsImmutable(type, rules, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    private static bool IsImmutable(ITypeSymbol type, IAssemblySymbol rules, HashSet<ITypeSymbol> visiting)
    {
        if (type.TypeKind == TypeKind.Enum || type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String
            or SpecialType.System_IntPtr or SpecialType.System_UIntPtr)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || type.TypeKind == TypeKind.Delegate)
        {
            // Arrays, type parameters, pointers, dynamic, delegates (a closure can hold anything).
            return false;
        }

        if (!visiting.Add(named))
        {
            // A cycle of fields: judged by the rest of the fields.
            return true;
        }

        var definition = SymbolPolicy.SurfaceKey(named.OriginalDefinition);
        if (named.IsTupleType || ImmutableGenerics.Contains(definition))
        {
            return named.TypeArguments.All(t => IsImmutable(t, rules, visiting));
        }

        if (named.IsValueType && ImmutableValueTypes.Contains(definition))
        {
            return true;
        }

        if (ImmutableEngineTypes.Contains(definition))
        {
            return true;
        }

        var assembly = named.ContainingAssembly;
        if (SymbolEqualityComparer.Default.Equals(assembly, rules))
        {
            // The rule's own type: sealed (or a struct), with only readonly fields of immutable types.
            return (named.IsValueType || named.IsSealed || named.IsStatic)
                && named.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
                    .All(f => f.IsReadOnly && IsImmutable(f.Type, rules, visiting))
                && (named.BaseType is null || named.BaseType.SpecialType == SpecialType.System_Object || named.IsValueType);
        }

        return assembly?.Name switch
        {
            // The model is immutable (the rule-surface tests hold it to that); NodaTime's value types are immutable.
            "Kamiyama.Domain" => (named.IsValueType || named.IsSealed) && named.TypeArguments.All(t => IsImmutable(t, rules, visiting)),
            "NodaTime" => named.IsValueType,
            _ => false,
        };
    }
}
