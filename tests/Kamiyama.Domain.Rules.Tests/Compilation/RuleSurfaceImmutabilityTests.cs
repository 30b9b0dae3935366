using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>
/// What rules may use cannot be changed by them: no allowed type has a public setter or writable field or hands out a
/// mutable collection, neither by its signatures nor at run time on the bundled sample, and hostile rules that try
/// every cast change nothing another rule sees.
/// </summary>
public sealed class RuleSurfaceImmutabilityTests : IDisposable
{
    private static readonly HashSet<Type> MutableDefinitions =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>), typeof(SortedList<,>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(PriorityQueue<,>), typeof(System.Collections.ObjectModel.Collection<>),
        typeof(System.Collections.ObjectModel.ReadOnlyCollection<>), typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>), typeof(IReadOnlySet<>), typeof(Span<>), typeof(Memory<>),
    ];

    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void AllowedTypes_HaveNoSetterNoWritableFieldAndReturnNoMutableCollection()
    {
        Assert.Contains(typeof(EvaluationDocument), AllowedTypes());
        Assert.DoesNotContain(typeof(RuleSet), AllowedTypes());
        var problems = new List<string>();
        foreach (var type in AllowedTypes().Where(t => !t.IsEnum))
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(Public))
            {
                if (property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    problems.Add($"{type}.{property.Name} has a public setter");
                }

                Check(property.PropertyType, $"{type}.{property.Name}");
            }

            foreach (var field in type.GetFields(Public))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    problems.Add($"{type}.{field.Name} is a writable field");
                }

                Check(field.FieldType, $"{type}.{field.Name}");
            }

            foreach (var method in type.GetMethods(Public).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
            {
                Check(method.ReturnType, $"{type}.{method.Name}()");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));

        void Check(Type returned, string where)
        {
            if (MutableIn(returned) is { } mutable)
            {
                problems.Add($"{where} hands out {mutable}");
            }
        }
    }

    [Fact]
    public void AllowedTypes_OnTheBundledSample_HandOutNoMutableCollectionAtRunTime()
    {
        var document = TextSheetSource.Bundled().Read().Document;
        var allowed = AllowedTypes().ToHashSet();
        var problems = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(document, "document", 0);
        foreach (var measure in document.MeasureSheets)
        {
            Inspect(document.ProjectsOf(measure), $"ProjectsOf({measure.Code})", 0);
        }

        foreach (var project in document.ProjectSheets)
        {
            Inspect(document.MeasuresOf(project), $"MeasuresOf({project.Name})", 0);
        }

        Assert.True(seen.Count > 200, $"only {seen.Count} objects walked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        void Walk(object value, string path, int depth)
        {
            if (depth > 12 || value.GetType().IsValueType && value is not IEnumerable || !seen.Add(value))
            {
                return;
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && allowed.Contains(property.DeclaringType!.IsGenericType ? property.DeclaringType.GetGenericTypeDefinition() : property.DeclaringType)
                    && property.PropertyType != typeof(Type))
                {
                    Inspect(property.GetValue(value), path + "." + property.Name, depth);
                }
            }
        }

        void Inspect(object? value, string path, int depth)
        {
            if (value is null || value is string)
            {
                return;
            }

            if (IsMutableAtRunTime(value))
            {
                problems.Add($"{path} is a {value.GetType()} that can be changed");
            }

            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    Inspect(item, $"{path}[{i++}]", depth + 1);
                }
            }

            Walk(value, path, depth + 1);
        }
    }

    [Fact]
    public void HostileRules_CannotChangeWhatTheNextRuleSees()
    {
        var document = TextSheetSource.Bundled().Read().Document;
        var clears = RuleText.Rule("ClearsLinkedProjects", "KMY990", """
                    foreach (var measure in subject.MeasureSheets)
                    {
                        var projects = (List<ProjectSheet>)(object)subject.ProjectsOf(measure);
                        projects.Clear();
                    }
            """, subject: "EvaluationDocument");
        var casts = RuleText.Rule("TriesEveryCast", "KMY991", """
                    var refused = 0;
                    void Try(Action change)
                    {
                        try { change(); }
                        catch (InvalidCastException) { refused++; }
                        catch (NotSupportedException) { refused++; }
                    }

                    foreach (var measure in subject.MeasureSheets)
                    {
                        Try(() => ((ICollection<ProjectSheet>)(object)subject.ProjectsOf(measure)).Clear());
                        Try(() => ((ICollection<ProjectSheet>)subject.ProjectsOf(measure).Items).Clear());
                        Try(() => ((ProjectSheet[])(object)subject.ProjectsOf(measure).Items).Initialize());
                    }

                    foreach (var sheet in subject.Sheets)
                    {
                        Try(() => ((ICollection<Indicator>)sheet.Indicators).Clear());
                        Try(() => ((IList<string>)sheet.Unrecognized.Items)[0] = "x");
                    }

                    foreach (var project in subject.ProjectSheets)
                    {
                        Try(() => ((ICollection<MeasureSheet>)(object)subject.MeasuresOf(project)).Clear());
                        Try(() => ((ICollection<PlanItem>)project.Measures.Items).Clear());
                    }

                    Try(() => ((ICollection<Sheet>)(object)subject.Sheets).Clear());
                    Try(() => ((ICollection<Sheet>)subject.Sheets.Items).Clear());
                    Try(() => ((ICollection<MeasureSheet>)subject.MeasureSheets).Clear());
                    Try(() => ((ICollection<Chapter>)subject.Plan.Chapters.Items).Clear());
                    Try(() => ((ICollection<JapaneseEra>)(object)JapaneseEraRegistry.Default.Eras).Clear());
                    Try(() => ((ICollection<Unit>)(object)Unit.Known).Clear());
                    Try(() => ((ICollection<BudgetAccountPart>)StandardDivisions.All.Items).Clear());
                    Try(() => ((ICollection<string>)FiscalYearPattern.Lenient.Parse("平成32年度").Warnings.Items).Clear());
                    Try(() => ((ICollection<string>)context.Rule.Placeholders.Items).Clear());
                    context.Report(("name", refused));
            """, subject: "EvaluationDocument");
        var attempts = (3 * document.MeasureSheets.Count()) + (2 * document.Sheets.Count) + (2 * document.ProjectSheets.Count()) + 9;
        var before = document.MeasureSheets.ToDictionary(m => m.Code, m => document.ProjectsOf(m).Count);

        using var alone = RuleLoader.LoadBuiltIn(_cache.Options).AsDisposable();
        using var hostile = RuleLoader.Load([RuleText.Source("rules/clears.csx", clears), RuleText.Source("rules/casts.csx", casts), .. BuiltInSources()], _cache.Options).AsDisposable();
        Assert.True(hostile.Success, string.Join("\n", hostile.Diagnostics));
        var expected = alone.RuleSet!.Evaluate(document);
        var run = hostile.RuleSet!.Evaluate(document);

        var error = Assert.Single(run.EngineErrors);
        Assert.Equal("KMY990", error.RuleId);
        Assert.StartsWith("InvalidCastException", error.Error, StringComparison.Ordinal);
        Assert.Equal($"「{attempts}」を確認してください。", Assert.Single(run.Findings, f => f.RuleId == "KMY991").Message);
        Assert.Equal(expected.Findings, run.Findings.Where(f => f.RuleId is not ("KMY990" or "KMY991")));
        Assert.Equal(before, document.MeasureSheets.ToDictionary(m => m.Code, m => document.ProjectsOf(m).Count));
    }

    private static IEnumerable<RuleSource> BuiltInSources()
    {
        var assembly = typeof(RuleLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Kamiyama.Domain.Rules.BuiltIn.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return new RuleSource("rules/" + name["Kamiyama.Domain.Rules.BuiltIn.".Length..], reader.ReadToEnd());
        }
    }

    /// <summary>The types of the shipped assemblies whose type line the surface allows.</summary>
    private static IEnumerable<Type> AllowedTypes() =>
        PublicSurface.ShippedAssemblies().SelectMany(a => PublicSurface.Of(a)
            .Where(e => e.Key == PublicSurface.TypeKey(e.Type) && RuleSurface.Refusal(a.GetName().Name!, e.Key) is null)
            .Select(e => e.Type));

    private static string? MutableIn(Type type)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return MutableIn(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return type.ToString();
        }

        if (type.IsGenericType && MutableDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            return type.ToString();
        }

        var immutable = type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen";
        if (!immutable && !type.IsInterface && type.GetInterfaces().Any(i => i == typeof(IList) || i == typeof(IDictionary)
                || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))))
        {
            return type.ToString();
        }

        return type.IsGenericType ? type.GetGenericArguments().Select(MutableIn).FirstOrDefault(m => m is not null) : null;
    }

    private static bool IsMutableAtRunTime(object value)
    {
        if (value is Array or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false })
        {
            return true;
        }

        return value.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
            .Any(i => !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!);
    }
}
