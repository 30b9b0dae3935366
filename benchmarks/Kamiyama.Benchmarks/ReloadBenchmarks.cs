using System.Diagnostics;
using System.Globalization;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// Edit-and-reload as a rule author's watch loop does it (<c>--reload N</c>): each round changes a string in KMY001,
/// compiles the whole built-in set without cache, runs it over the bundled sample, and disposes the previous set. Compares
/// managed heap and working set after N reloads with after the first load (one set alive both times, after
/// GC.Collect ×3 with pending finalizers). Reports, never asserts times or sizes; a failed load is a failure.
/// </summary>
internal static class ReloadBenchmarks
{
    private const string Title = "Title = \"乖離があるのに理由がない\"";

    /// <summary>Runs the loop; returns the exit code.</summary>
    public static int Run(int reloads)
    {
        var sources = Kmy001.BuiltInSources();
        var document = TextSheetSource.Bundled().Read().Document!;
        if (!sources.Any(s => s.Text.Contains(Title, StringComparison.Ordinal)))
        {
            Console.WriteLine($"FAILED: KMY001 no longer contains {Title}; update the edit.");
            return 1;
        }

        var current = Load(sources, 0, document);
        var (heap0, working0, rules0) = Measure();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= reloads; i++)
        {
            var next = Load(sources, i, document);
            current.Dispose();
            current = next;
        }

        var perReload = clock.Elapsed.TotalMilliseconds / Math.Max(1, reloads);
        var (heap, working, rules) = Measure();
        current.Dispose();
        const double MB = 1024 * 1024;
        Console.WriteLine($"Reload: {reloads} edits, whole built-in set, UseCache=false, previous set disposed; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| Measure | After first load | After last reload | Growth |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| GC.GetTotalMemory (MB) | {heap0 / MB:F1} | {heap / MB:F1} | {Signed((heap - heap0) / MB)} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Working set (MB) | {working0 / MB:F1} | {working / MB:F1} | {Signed((working - working0) / MB)} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Rule assemblies still loaded | {rules0} | {rules} | {rules - rules0} |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean reload (compile + run + dispose): {perReload:F0} ms; target: growth within 10 MB"));
        return 0;
    }

    private static RuleSet Load(IReadOnlyList<RuleSource> sources, int edit, Domain.EvaluationDocument document)
    {
        var edited = sources.Select(s => s with { Text = s.Text.Replace(Title, $"Title = \"乖離があるのに理由がない（{edit}）\"", StringComparison.Ordinal) });
        var result = RuleLoader.Load(edited, new RuleLoadOptions { UseCache = false });
        if (!result.Success || result.RuleSet is not { } set)
        {
            throw new InvalidOperationException($"Reload {edit} failed: {result}");
        }

        _ = set.Evaluate(document).Findings.Count;
        return set;
    }

    private static string Signed(double megabytes) => megabytes.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static (long Heap, long WorkingSet, int RuleAssemblies) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var rules = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name?.StartsWith("Kamiyama.Rules.", StringComparison.Ordinal) == true);
        return (heap, process.WorkingSet64, rules);
    }
}
