using System.Reflection;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Isolation;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Creates the rules of a loaded rule assembly: every public, non-abstract <see cref="IRule"/> type with a public
/// parameterless constructor, its descriptor validated and its id unique. Problems become KRL003 and KRL004 at the
/// rule's class declaration. Constructors and descriptors run under a time limit, as rule code always does.
/// </summary>
internal static class RuleActivator
{
    private static readonly TimeSpan CreationLimit = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<IRule> Create(Assembly assembly, IReadOnlyDictionary<string, SourcePosition> declarations, List<Diagnostic> diagnostics)
    {
        var created = new List<(IRule Rule, SourcePosition Position)>();
        foreach (var type in RuleTypes(assembly))
        {
            var position = declarations.TryGetValue(type.FullName ?? type.Name, out var known) ? known : new SourcePosition(assembly.GetName().Name ?? "rules", 1, 1);
            if (TryCreate(type, position, diagnostics) is { } rule)
            {
                created.Add((rule, position));
            }
        }

        var duplicates = created.GroupBy(r => r.Rule.Descriptor.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var group in duplicates)
        {
            var places = string.Join(", ", group.Select(r => r.Position.ToString()));
            foreach (var (_, position) in group)
            {
                diagnostics.Add(new Diagnostic(RuleDiagnosticCodes.InvalidDescriptor, DiagnosticSeverity.Error, $"The rule id {group.Key} is declared {group.Count()} times: {places}.", position, DiagnosticOrigin.Load));
            }
        }

        var duplicateIds = duplicates.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. created.Where(r => !duplicateIds.Contains(r.Rule.Descriptor.Id)).Select(r => r.Rule).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
    }

    private static IEnumerable<Type> RuleTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        return types.OfType<Type>().Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false });
    }

    private static LoadedRule? TryCreate(Type type, SourcePosition position, List<Diagnostic> diagnostics)
    {
        if (!type.IsVisible)
        {
            diagnostics.Add(new(RuleDiagnosticCodes.CannotCreate, DiagnosticSeverity.Warning, $"The rule {type.Name} is not public, so it is not loaded.", position, DiagnosticOrigin.Load));
            return null;
        }

        if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            diagnostics.Add(new(RuleDiagnosticCodes.CannotCreate, DiagnosticSeverity.Error, $"The rule {type.Name} has no public parameterless constructor.", position, DiagnosticOrigin.Load));
            return null;
        }

        IRule rule;
        RuleDescriptor? descriptor;
        Type subjectType;
        var budget = new RuleGuard.Budget(CreationLimit, CancellationToken.None);
        Exception? caught = null;
        (rule, descriptor, subjectType) = (null!, null, typeof(object));
        try
        {
            using (RuleGuard.Begin(budget))
            {
                rule = (IRule)constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
                descriptor = rule.Descriptor;
                subjectType = rule.SubjectType;
            }
        }
        catch (Exception e)
        {
            caught = e;
        }

        // The exception is rule code too: its message is read safely; a stop (that the rule may have swallowed) is the engine's text.
        var failure = budget.Stopped is { } stop ? stop.Describe() : caught is null ? null : ExceptionText.Describe(caught);
        if (failure is not null)
        {
            diagnostics.Add(new(RuleDiagnosticCodes.CannotCreate, DiagnosticSeverity.Error, $"The rule {type.Name} could not be created: {failure}", position, DiagnosticOrigin.Load));
            return null;
        }

        IReadOnlyList<string> problems = descriptor is null ? [$"The rule {type.Name} has no descriptor."] : descriptor.Validate();
        foreach (var problem in problems)
        {
            diagnostics.Add(new(RuleDiagnosticCodes.InvalidDescriptor, DiagnosticSeverity.Error, problem, position, DiagnosticOrigin.Load));
        }

        return problems.Count == 0 ? new LoadedRule(rule, descriptor!, subjectType, position) : null;
    }
}
