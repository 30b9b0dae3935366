using System.Reflection;
using System.Runtime.CompilerServices;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// Every member of a shipped assembly that code outside it can reach, by reflection, named as the rule surface file
/// names it (<c>RuleSurface.txt</c>): types (nested ones after <c>+</c>), <c>Type.#ctor</c>, <c>Type.Method</c> (every
/// overload, operators as <c>op_Addition</c>), <c>Type.Property.get</c> / <c>.init</c> / <c>.set</c>, fields and events.
/// Reachable means public, or protected on a type a rule could derive from. An enum's values go with the enum.
/// </summary>
internal static class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>The shipped assemblies: the model, the engine, the CLI and, once it exists, the worker.</summary>
    public static IReadOnlyList<Assembly> ShippedAssemblies()
    {
        var assemblies = new List<Assembly> { typeof(EvaluationDocument).Assembly, typeof(RuleSet).Assembly, typeof(Kamiyama.Cli.Program).Assembly };
        try
        {
            assemblies.Add(Assembly.Load("Kamiyama.Domain.Rules.Worker"));
        }
        catch (FileNotFoundException)
        {
            // No worker is built yet.
        }

        return assemblies;
    }

    /// <summary>The entries of an assembly, each with the type it belongs to.</summary>
    public static IEnumerable<(string Key, Type Type)> Of(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.DeclaringType is null && t.IsPublic).SelectMany(t => OfType(t, TypeKey(t)));

    /// <summary>The key of a type: its namespace, its name with the generic arity, nested names after <c>+</c>.</summary>
    public static string TypeKey(Type type) => type.DeclaringType is { } outer ? TypeKey(outer) + "+" + type.Name : type.Namespace + "." + type.Name;

    private static IEnumerable<(string, Type)> OfType(Type type, string key)
    {
        yield return (key, type);
        if (type.IsEnum)
        {
            yield break;
        }

        var derivable = !type.IsSealed && !type.IsValueType && !type.IsInterface;
        bool Reachable(MethodBase? m) => m is not null && (m.IsPublic || (derivable && (m.IsFamily || m.IsFamilyOrAssembly)));

        foreach (var constructor in type.GetConstructors(Declared).Where(c => !c.IsStatic && Reachable(c)).Take(1))
        {
            yield return (key + ".#ctor", type);
        }

        foreach (var name in type.GetMethods(Declared).Where(m => Reachable(m) && !IsAccessor(m)).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal))
        {
            yield return (key + "." + name, type);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            if (Reachable(property.GetMethod))
            {
                yield return (key + "." + property.Name + ".get", type);
            }

            if (Reachable(property.SetMethod))
            {
                var init = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                yield return (key + "." + property.Name + (init ? ".init" : ".set"), type);
            }
        }

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || (derivable && (f.IsFamily || f.IsFamilyOrAssembly))))
        {
            yield return (key + "." + field.Name, type);
        }

        foreach (var e in type.GetEvents(Declared).Where(e => Reachable(e.AddMethod)))
        {
            yield return (key + "." + e.Name, type);
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
                     .Where(n => n.IsNestedPublic || (derivable && (n.IsNestedFamily || n.IsNestedFamORAssem))))
        {
            foreach (var entry in OfType(nested, key + "+" + nested.Name))
            {
                yield return entry;
            }
        }
    }

    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));
}
