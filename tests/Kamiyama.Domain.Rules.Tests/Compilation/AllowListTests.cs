using System.Reflection;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>The framework part of the allow-list: nothing it allows changes state shared by the whole process.</summary>
public sealed class AllowListTests
{
    [Fact]
    public void AllowedFrameworkTypes_HaveNoSettableStaticThatIsNotDenied()
    {
        var assemblies = new[]
        {
            typeof(object), typeof(Enumerable), typeof(LinkedList<>), typeof(System.Collections.Immutable.ImmutableArray), typeof(System.Numerics.BigInteger),
            typeof(System.Collections.ObjectModel.ObservableCollection<>), typeof(System.Text.RegularExpressions.RegexOptions), typeof(NodaTime.Instant),
        }.Select(t => t.Assembly).Distinct();
        var problems = new List<string>();
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.DeclaringType is null && Allowed(t)))
        {
            const BindingFlags Statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var name = type.Namespace + "." + type.Name;
            var settable = type.GetProperties(Statics).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name)
                .Concat(type.GetFields(Statics).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name))
                .Concat(type.GetEvents(Statics).Select(e => e.Name));
            problems.AddRange(settable.Where(member => !AllowList.DeniedMembers.ContainsKey(name + "." + member)).Select(member => name + "." + member));
        }

        Assert.True(problems.Count == 0, "Deny these in AllowList.DeniedMembers (\"it changes state shared by the whole process\"):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Namespaces_NeverAllowThisLibrary() =>
        Assert.DoesNotContain(AllowList.Namespaces, n => n.StartsWith("Kamiyama", StringComparison.Ordinal));

    private static bool Allowed(Type type)
    {
        var name = type.Namespace + "." + type.Name;
        if (AllowList.DeniedTypes.ContainsKey(name))
        {
            return false;
        }

        return AllowList.Types.Contains(name)
            || AllowList.Namespaces.Any(n => type.Namespace == n || (type.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) ?? false));
    }
}
