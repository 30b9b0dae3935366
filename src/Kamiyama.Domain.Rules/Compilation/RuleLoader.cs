using System.Runtime.CompilerServices;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Loads rule files (規則ファイル) into a <see cref="RuleSet"/>: compiles them together with Roslyn, refuses what reaches
/// outside the allow-list, guards loops and calls against runaway rules, and caches the compiled set on disk so that the
/// next load of the same files neither compiles nor loads the compiler. Bad rule files never throw: they become
/// <see cref="RuleLoadResult.Diagnostics"/>.
/// </summary>
public static class RuleLoader
{
    private const string BuiltInPrefix = "Kamiyama.Domain.Rules.BuiltIn.";
    private const string Extension = ".csx";

    private static int _compilations;

    /// <summary>How many times this process compiled a rule set (tests count compiles with it).</summary>
    internal static int Compilations => Volatile.Read(ref _compilations);

    /// <summary>Whether the compiler is loaded in this process.</summary>
    internal static bool CompilerLoaded => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.CodeAnalysis");

    /// <summary>Loads rule files given as text.</summary>
    /// <param name="sources">The files; their paths name the positions of diagnostics.</param>
    /// <param name="options">Cache settings; the defaults when null.</param>
    /// <returns>The rule set, or the diagnostics that kept it from loading.</returns>
    public static RuleLoadResult Load(IEnumerable<RuleSource> sources, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = sources.ToList();
        if (list.Any(s => s is null || s.Path is null || s.Text is null))
        {
            throw new ArgumentException("Every rule source needs a path and a text.", nameof(sources));
        }

        options ??= new RuleLoadOptions();
        if (list.Count == 0)
        {
            return new RuleLoadResult(new RuleSet([], owner: null), [], fromCache: false);
        }

        var host = HostSurface.Of(options.HostTypes ?? throw new ArgumentException("HostTypes is not null.", nameof(options)));
        using var scope = host.Begin();
        var key = RuleCache.Key(list, host);
        var directory = options.UseCache ? RuleCacheDirectory.For(options) : null;
        if (directory is not null && RuleCache.TryRead(directory, key) is var (cached, manifest)
            && Activate(key, cached, manifest.RuleTypes, manifest.Diagnostics, fromCache: true, host) is { } hit)
        {
            return hit;
        }

        var compiled = Compile(list, "Kamiyama.Rules." + key[..16], options.CompileTimeLimit);
        if (compiled.Assembly is null)
        {
            return new RuleLoadResult(null, compiled.Diagnostics, fromCache: false);
        }

        if (directory is not null)
        {
            RuleCache.TryWrite(directory, key, compiled.Assembly, new RuleManifest(RuleCache.Hash(compiled.Assembly), compiled.RuleTypes, compiled.Diagnostics));
        }

        return Activate(key, compiled.Assembly, compiled.RuleTypes, compiled.Diagnostics, fromCache: false, host)
            ?? throw new InvalidOperationException("The compiled rule assembly could not be loaded.");
    }

    /// <summary>
    /// Loads every <c>*.csx</c> file of a folder, in ordinal order of file name. A file that is not a rule file (a link
    /// out of the folder, an empty file, a device or a pipe, a file over 1 MB, text that is not UTF-8) is a KRL005 at that
    /// file, and the set does not load.
    /// </summary>
    /// <param name="directory">The folder; diagnostics name each file as this folder joined with its name.</param>
    /// <param name="options">Cache settings; the defaults when null.</param>
    /// <returns>The rule set, or the diagnostics that kept it from loading.</returns>
    /// <remarks>A folder that does not exist, cannot be listed or holds no rule file is a KRL005 at the folder: a folder named
    /// for rules that gives none is a mistake, not an empty set.</remarks>
    public static RuleLoadResult LoadDirectory(string directory, RuleLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var (sources, problems) = ReadDirectory(directory);
        return problems.Count > 0 ? new RuleLoadResult(null, problems, fromCache: false) : Load(sources, options);
    }

    private static (List<RuleSource> Sources, List<Diagnostic> Problems) ReadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var at = new Sources.SourcePosition(directory, 1, 1);
        string? problem = null;
        List<RuleSource> sources = [];
        List<Diagnostic> problems = [];
        if (!Directory.Exists(directory))
        {
            problem = File.Exists(directory) ? "This is a file; rules are read from a folder of *.csx files." : "The rules folder does not exist.";
        }
        else
        {
            try
            {
                (sources, problems) = RuleFileReader.ReadFolder(directory);
                problem = sources.Count == 0 && problems.Count == 0 ? "The rules folder holds no rule file (*.csx)." : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = "The rules folder cannot be listed (permission denied, or an I/O error).";
            }
        }

        if (problem is not null)
        {
            problems.Add(new Diagnostic(RuleDiagnosticCodes.Unreadable, DiagnosticSeverity.Error, problem, at, DiagnosticOrigin.Load));
        }

        return (sources, problems);
    }

    /// <summary>Loads the built-in rule set that ships inside this package; diagnostics name <c>rules/&lt;file&gt;.csx</c>.</summary>
    /// <param name="options">Cache settings; the defaults when null.</param>
    /// <returns>The rule set, or the diagnostics that kept it from loading.</returns>
    public static RuleLoadResult LoadBuiltIn(RuleLoadOptions? options = null) => Load(BuiltInSources(), options);

    /// <summary>
    /// Loads one set from the built-in rules (unless left out), every <c>*.csx</c> file of each folder, compiled
    /// together, and the host's own rules compiled ahead of time: rule ids must be unique across all of them (KRL003
    /// names both), and each folder is read as <see cref="LoadDirectory"/> reads it (a folder that gives no rule file is a
    /// KRL005). The configuration can disable or re-level any of them. In a worker run the scripts run in the worker and
    /// the rules compiled ahead of time (the host's own, trusted code) in this process, into the same run.
    /// </summary>
    /// <param name="directories">The rule folders, in order.</param>
    /// <param name="includeBuiltIn">Whether the built-in rules are part of the set.</param>
    /// <param name="options">Cache settings; the defaults when null.</param>
    /// <param name="compiled">Rules compiled ahead of time (classes of the host deriving from <c>Rule&lt;T&gt;</c>), or null.</param>
    /// <returns>The rule set, or the diagnostics that kept it from loading.</returns>
    public static RuleLoadResult LoadSet(IEnumerable<string> directories, bool includeBuiltIn = true, RuleLoadOptions? options = null, IEnumerable<IRule>? compiled = null)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var own = (compiled ?? []).ToList();
        if (own.Any(r => r is null))
        {
            throw new ArgumentException("A rule compiled ahead of time is not null.", nameof(compiled));
        }

        var sources = new List<RuleSource>(includeBuiltIn ? BuiltInSources() : []);
        var problems = new List<Diagnostic>();
        foreach (var directory in directories)
        {
            var (found, trouble) = ReadDirectory(directory);
            sources.AddRange(found);
            problems.AddRange(trouble);
        }

        if (problems.Count > 0)
        {
            return new RuleLoadResult(null, problems, fromCache: false);
        }

        var loaded = Load(sources, options);
        if (own.Count == 0 || loaded.RuleSet is not { } scripts)
        {
            return loaded;
        }

        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var ids = scripts.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in own)
        {
            var at = new DiagnosticLocation(rule.GetType().FullName ?? rule.GetType().Name, null);
            var descriptor = rule.Descriptor;
            foreach (var problem in descriptor.Validate())
            {
                diagnostics.Add(new Diagnostic(RuleDiagnosticCodes.InvalidDescriptor, DiagnosticSeverity.Error, $"The rule compiled ahead of time {at.Path}: {problem}", at, DiagnosticOrigin.Load) { RuleId = descriptor.Id });
            }

            if (!ids.Add(descriptor.Id))
            {
                var other = scripts.SourceOf(descriptor.Id) is { } file ? file.ToString() : "another rule compiled ahead of time";
                diagnostics.Add(new Diagnostic(RuleDiagnosticCodes.InvalidDescriptor, DiagnosticSeverity.Error, $"The rule id {descriptor.Id} of the rule compiled ahead of time {at.Path} is declared already, by {other}; rule ids are unique across the set.", at, DiagnosticOrigin.Load) { RuleId = descriptor.Id });
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            scripts.Dispose();
            return new RuleLoadResult(null, diagnostics, loaded.FromCache);
        }

        return new RuleLoadResult(scripts.With(own), diagnostics, loaded.FromCache);
    }

    /// <summary>The built-in rule files, as <see cref="LoadBuiltIn"/> compiles them (paths <c>rules/&lt;file&gt;.csx</c>), in ordinal order.</summary>
    /// <returns>The files.</returns>
    public static ValueArray<RuleSource> BuiltInSources()
    {
        var assembly = typeof(RuleLoader).Assembly;
        var sources = new List<RuleSource>();
        foreach (var name in assembly.GetManifestResourceNames().Where(IsBuiltIn).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            sources.Add(new RuleSource("rules/" + name[BuiltInPrefix.Length..], reader.ReadToEnd()));
        }

        return sources.ToValueArray();
    }

    private static bool IsBuiltIn(string resource) =>
        resource.StartsWith(BuiltInPrefix, StringComparison.Ordinal) && resource.EndsWith(Extension, StringComparison.Ordinal);

    // Kept out of line so that JIT-compiling Load never resolves a Roslyn type: a cache hit must not load the compiler.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompiledRules Compile(IReadOnlyList<RuleSource> sources, string assemblyName, TimeSpan limit)
    {
        Interlocked.Increment(ref _compilations);
        using var budget = CompileBudget.Begin(limit);
        try
        {
            return RuleCompiler.Compile(sources, assemblyName);
        }
        catch (OperationCanceledException) when (CompileBudget.Token.IsCancellationRequested)
        {
            var message = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The rule files took longer than {limit.TotalSeconds:0.#} s to compile and are refused (lambdas nested deeply in calls of overloaded methods, such as Sum or Select, make the compiler's work grow exponentially).");
            return new CompiledRules(null, new Dictionary<string, Sources.SourcePosition>(), [new Diagnostic(RuleDiagnosticCodes.CompileError, DiagnosticSeverity.Error, message, new Sources.SourcePosition(sources[0].Path, 1, 1), DiagnosticOrigin.Load)]);
        }
    }

    private static RuleLoadResult? Activate(string key, byte[] assembly, IReadOnlyDictionary<string, Sources.SourcePosition> ruleTypes, IReadOnlyList<Diagnostic> compileDiagnostics, bool fromCache, HostSurface host)
    {
        var context = new RuleAssemblyContext("Kamiyama.Rules." + key[..16], host.Assemblies);
        System.Reflection.Assembly loaded;
        try
        {
            using var stream = new MemoryStream(assembly, writable: false);
            loaded = context.LoadFromStream(stream);
            Isolation.RuleLines.Register(loaded, assembly);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            context.Dispose();
            return null;
        }

        var diagnostics = new List<Diagnostic>(compileDiagnostics);
        var rules = RuleActivator.Create(loaded, ruleTypes, diagnostics);
        // A worker has no host assemblies: a set over host types runs in this process.
        var image = host.Types.Count == 0 ? new Isolation.RuleImage(assembly, ruleTypes) : null;
        return new RuleLoadResult(new RuleSet(rules, context, image), diagnostics, fromCache);
    }
}
