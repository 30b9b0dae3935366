using Microsoft.CodeAnalysis;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// A generous estimate of how many bytes a value type takes: a method's locals live on the stack, and one local of a
/// value type of megabytes overflows it before any guard runs, ending the process. The gate refuses value types above
/// <see cref="Limit"/>, whether a rule declares them or builds them from tuples.
/// </summary>
internal static class StructSize
{
    /// <summary>The largest value type a rule may declare or build.</summary>
    public const long Limit = 64 * 1024;

    private const long Unknown = 16;

    /// <summary>The estimate; reference types count as one pointer; capped just above <see cref="Limit"/>.</summary>
    public static long Of(ITypeSymbol type) => Of(type, depth: 0);

    private static long Of(ITypeSymbol type, int depth)
    {
        if (!type.IsValueType)
        {
            return 8;
        }

        if (depth > 64)
        {
            return Limit + 1;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte:
                return 1;
            case SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16:
                return 2;
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single:
                return 4;
            case SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return 8;
            case SpecialType.System_Decimal or SpecialType.System_DateTime:
                return 16;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return 8;
        }

        if (type is not INamedTypeSymbol named)
        {
            return Unknown;
        }

        long size = 0;
        var fields = named.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst).ToList();
        if (fields.Count == 0)
        {
            return named.IsTupleType ? named.TupleElements.Sum(e => Of(e.Type, depth + 1)) : Unknown;
        }

        foreach (var field in fields)
        {
            size += Of(field.Type, depth + 1);
            if (size > Limit)
            {
                return Limit + 1;
            }
        }

        return Math.Max(size, 1);
    }
}
