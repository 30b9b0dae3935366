using System.Collections.Frozen;
using System.Globalization;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// What rule scripts may use of the framework and NodaTime, as data; what they may use of this library's own assemblies
/// is the <see cref="RuleSurface"/>. The safety gate allows a framework symbol whose type (or containing type) is listed
/// here by name or by namespace, unless a denial matches first. Bump <see cref="ListVersion"/> on every change:
/// <see cref="Version"/> is part of the cache key, so a cached rule set compiled under an older list or surface is never reused.
/// </summary>
internal static class AllowList
{
    /// <summary>The version of the lists in this file.</summary>
    public const int ListVersion = 2;

    /// <summary>The version of what rules may use: this list's version and the hash of the rule surface file.</summary>
    public static string Version { get; } = string.Create(CultureInfo.InvariantCulture, $"{ListVersion} surface {RuleSurface.Hash}");

    /// <summary>Namespaces whose types are allowed, with their sub-namespaces (NodaTime, collections, numerics).</summary>
    public static FrozenSet<string> Namespaces { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "NodaTime",
        "System.Collections.Generic",
        "System.Collections.Immutable",
        "System.Collections.ObjectModel",
        "System.Collections.Frozen",
        "System.Numerics",
        "System.Diagnostics.CodeAnalysis");

    /// <summary>Single types allowed outside those namespaces, by metadata name (generic arity after a backquote).</summary>
    public static FrozenSet<string> Types { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            // Primitives, strings, numbers.
            "System.Object", "System.String", "System.Char", "System.Boolean", "System.Byte", "System.SByte", "System.Int16",
            "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Int128", "System.UInt128",
            "System.Single", "System.Double", "System.Half", "System.Decimal", "System.Math", "System.MathF", "System.Void",
            "System.Nullable", "System.Nullable`1", "System.Enum", "System.Convert", "System.HashCode", "System.Array",
            "System.Index", "System.Range", "System.Span`1", "System.ReadOnlySpan`1", "System.Memory`1", "System.ReadOnlyMemory`1",
            "System.MemoryExtensions", "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
            "System.MidpointRounding", "System.Uri", "System.UriKind", "System.Guid", "System.FormattableString",
            "System.IFormatProvider", "System.IFormattable", "System.ISpanFormattable", "System.IComparable", "System.IComparable`1",
            "System.IEquatable`1", "System.IDisposable", "System.IParsable`1", "System.ISpanParsable`1",
            "System.Text.StringBuilder", "System.Text.Rune", "System.Text.NormalizationForm",
            "System.Globalization.CultureInfo", "System.Globalization.NumberStyles", "System.Globalization.CompareOptions",
            "System.Globalization.UnicodeCategory", "System.Globalization.CharUnicodeInfo", "System.Globalization.NumberFormatInfo",

            // Dates without clocks (the clocks are denied below).
            "System.TimeSpan", "System.DateTime", "System.DateTimeKind", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly",
            "System.DayOfWeek",

            // Tuples and delegates.
            "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
            "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
            "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5",
            "System.Tuple`6", "System.Tuple`7", "System.Tuple`8",
            "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Func`6", "System.Func`7",
            "System.Func`8", "System.Func`9", "System.Action", "System.Action`1", "System.Action`2", "System.Action`3",
            "System.Action`4", "System.Action`5", "System.Action`6", "System.Action`7", "System.Action`8",
            "System.Predicate`1", "System.Comparison`1", "System.Converter`2",

            // Collections and LINQ (not PLINQ, not Queryable).
            "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.IComparer",
            "System.Collections.IEqualityComparer", "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2",
            "System.Linq.Lookup`2", "System.Linq.IOrderedEnumerable`1",

            // Regular expressions go through RulePattern; only its options are the framework's (the rest is refused below).
            "System.Text.RegularExpressions.RegexOptions",

            // Exceptions a rule may throw.
            "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
            "System.InvalidOperationException", "System.NotSupportedException",
            "System.FormatException", "System.OverflowException", "System.DivideByZeroException", "System.IndexOutOfRangeException",
            "System.ArithmeticException", "System.InvalidCastException", "System.Collections.Generic.KeyNotFoundException",

            // Attributes with no effect at run time.
            "System.ObsoleteAttribute", "System.FlagsAttribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        ]);

    /// <summary>Types refused even inside an allowed namespace, with the reason.</summary>
    public static FrozenDictionary<string, string> DeniedTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NodaTime.SystemClock"] = Clock,
        ["NodaTime.TimeZones.BclDateTimeZone"] = "it reads the machine's time zone; " + Deterministic,
        ["NodaTime.Text.TypeConverterSettings"] = ProcessState,
        ["NodaTime.Xml.XmlSerializationSettings"] = ProcessState,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Members refused on allowed types, by <c>Namespace.Type.Member</c>, with the reason.</summary>
    public static FrozenDictionary<string, string> DeniedMembers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.Object.GetType"] = Reflection,
        ["System.Object.MemberwiseClone"] = Reflection,
        ["System.Exception.TargetSite"] = Reflection,
        ["System.Exception.GetType"] = Reflection,
        ["System.Array.CreateInstance"] = Reflection,
        ["System.Array.CreateInstanceFromArrayType"] = Reflection,
        ["System.Enum.GetUnderlyingType"] = Reflection,
        ["System.DateTime.Now"] = Clock,
        ["System.DateTime.UtcNow"] = Clock,
        ["System.DateTime.Today"] = Clock,
        ["System.DateTimeOffset.Now"] = Clock,
        ["System.DateTimeOffset.UtcNow"] = Clock,
        ["System.DateTime.ToLocalTime"] = "it reads the machine's time zone; " + Deterministic,
        ["System.DateTimeOffset.ToLocalTime"] = "it reads the machine's time zone; " + Deterministic,
        ["System.Guid.NewGuid"] = Random,
        ["System.Guid.CreateVersion7"] = Random,
        ["System.Globalization.CultureInfo.CurrentCulture"] = "it depends on the machine's culture; use CultureInfo.InvariantCulture",
        ["System.Globalization.CultureInfo.CurrentUICulture"] = "it depends on the machine's culture; use CultureInfo.InvariantCulture",
        ["System.Globalization.CultureInfo.DefaultThreadCurrentCulture"] = ProcessState,
        ["System.Globalization.CultureInfo.DefaultThreadCurrentUICulture"] = ProcessState,
        ["System.Globalization.CultureInfo.ClearCachedData"] = ProcessState,
        ["System.Globalization.NumberFormatInfo.CurrentInfo"] = "it depends on the machine's culture; use CultureInfo.InvariantCulture",
        ["NodaTime.DateTimeZoneProviders.Bcl"] = "it reads the machine's time zones; " + Deterministic,
        ["NodaTime.DateTimeZoneProviders.Serialization"] = ProcessState,
        ["System.String.Intern"] = "it adds to a table the whole process shares, for as long as it runs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Exceptions a rule may not catch (nor catch all): catching them would swallow the engine's limits.</summary>
    public static FrozenSet<string> Uncatchable { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "System.Object", "System.Exception", "System.SystemException", "System.InsufficientExecutionStackException",
        "System.OperationCanceledException", "Kamiyama.Domain.Rules.Authoring.RuleTimeoutException");

    /// <summary>Why a refused name is refused, by the start of its full name; the first match wins.</summary>
    public static IReadOnlyList<(string Prefix, string Reason)> Explanations { get; } =
    [
        ("System.IO.", File),
        ("System.Text.RegularExpressions.", "use RulePattern, whose matches run within the rule's time budget"),
        ("System.Net.", "network access"),
        ("System.Diagnostics.Stopwatch", Clock),
        ("System.Diagnostics.", "processes and diagnostics"),
        ("System.Reflection.", Reflection),
        ("System.Type", Reflection),
        ("System.Activator", Reflection),
        ("System.Delegate", Reflection),
        ("System.MulticastDelegate", Reflection),
        ("System.Runtime.InteropServices.", "native interop"),
        ("System.Runtime.Loader.", "assembly loading"),
        ("System.Runtime.", "runtime services"),
        ("System.Environment", "environment access"),
        ("System.AppDomain", "application domain access"),
        ("System.AppContext", "application settings"),
        ("System.GC", "garbage collector control"),
        ("System.Console", "console input and output"),
        ("System.Threading.", "threads, tasks and timers"),
        ("System.Timers.", "threads, tasks and timers"),
        ("System.Random", Random),
        ("System.Security.Cryptography.RandomNumberGenerator", Random),
        ("System.TimeProvider", Clock),
        ("System.TimeZoneInfo", "it reads the machine's time zones; " + Deterministic),
        ("System.Linq.Parallel", "threads, tasks and timers"),
        ("System.Linq.Queryable", "expression trees"),
        ("System.Linq.Expressions.", "expression trees"),
        ("Microsoft.Win32.", "registry access"),
        ("Microsoft.CodeAnalysis.", "rules cannot compile code"),
    ];

    /// <summary>The reason given for names no explanation covers.</summary>
    public const string NotListed = "it is not on the rule allow-list";

    private const string Deterministic = "rules must be deterministic";
    private const string Clock = "it reads the clock; " + Deterministic;
    private const string Random = "it is random; " + Deterministic;
    private const string Reflection = "reflection";
    private const string File = "it reads or writes files";
    private const string ProcessState = "it changes state shared by the whole process";
}
