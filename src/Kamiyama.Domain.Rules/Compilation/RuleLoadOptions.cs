namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>How rule files are loaded (規則の読込設定): where compiled rule sets are cached, and whether the cache is used.</summary>
public sealed record RuleLoadOptions
{
    /// <summary>
    /// The folder of the compiled-rule cache; when null, the environment variable <c>KAMIYAMA_CACHE_DIR</c>, else the
    /// user's cache folder (<c>XDG_CACHE_HOME</c> or <c>~/.cache</c>, <c>~/Library/Caches</c>, LocalApplicationData) with
    /// <c>kamiyama/rules</c> appended, else (no usable home) <c>kamiyama-&lt;user&gt;/rules</c> in the temporary folder;
    /// never the current folder. A process running as root or an administrator does not use a temporary folder that others
    /// can write to: it compiles every time instead.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Whether compiled rule sets are read from and written to the cache.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// How long compiling the rule files may take (30 s by default; <see cref="Timeout.InfiniteTimeSpan"/> for no limit).
    /// A set that takes longer is refused with a KRL001: lambdas nested in calls of overloaded methods can make binding
    /// take hours, and it runs in this process.
    /// </summary>
    public TimeSpan CompileTimeLimit
    {
        get;
        init => field = value == Timeout.InfiniteTimeSpan || value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The compile time limit must be positive, or infinite.");
    } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The host's own types that rule scripts may use, so that a rule can be <c>Rule&lt;TheirType&gt;</c> over the host's
    /// data (evaluated with <see cref="RuleSet.Evaluate(IEnumerable{Subject}, RuleOptions?, EvaluationDocument?)"/>).
    /// Exactly these types are offered, and of each only what reads: properties without a public setter, read-only and
    /// constant fields, and <c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c>; anything else of them is a KRL002. Scripts
    /// name them as C# does (<c>using City.Data;</c>). The cache key includes each type and its assembly's identity. A set
    /// that uses host types runs in this process (a worker process has no host assemblies):
    /// <see cref="RuleSet.CanRunInWorker"/> is false. For every public type of an assembly, pass
    /// <c>assembly.GetExportedTypes()</c>. The gate judges the offered type's own members only: a member whose value is a
    /// mutable framework collection (<c>List&lt;T&gt;</c>, an array) can be changed through that collection's methods, as a
    /// rule changes its own lists, so offer read-only views (<c>IReadOnlyList&lt;T&gt;</c>, <c>ImmutableArray&lt;T&gt;</c>).
    /// </summary>
    public IReadOnlyList<Type> HostTypes { get; init; } = [];
}
