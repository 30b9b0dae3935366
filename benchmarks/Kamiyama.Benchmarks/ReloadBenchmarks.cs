using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// Edit-and-reload as a rule author's watch loop does it (<c>--reload N</c>): each round changes a string in KMY001,
/// compiles the whole built-in set without cache, runs it over the bundled sample, and disposes the previous set.
/// At checkpoints (the first load, then 10, 25, 50, 100... reloads) it reports, after an aggressive compacting collection
/// (which also hands free GC memory back to the system), the managed heap, the GC's committed bytes, the working set, the
/// private bytes, the methods the JIT has compiled and the rule assemblies still loaded, so that growth that levels off
/// (warm-up) can be told from growth that goes on (a leak). A control run of the same loop in a child process with tiered
/// compilation off (<c>--reload-only N</c> under <c>DOTNET_TieredCompilation=0</c>) shows how much of the working set is
/// the JIT recompiling the compiler's hot methods rather than memory the reloads keep. Reports, never asserts times or
/// sizes; a failed load is a failure.
/// </summary>
internal static class ReloadBenchmarks
{
    private const string Title = "Title = \"乖離があるのに理由がない\"";
    private const string ControlMarker = "CONTROL";
    private const double MB = 1024 * 1024;

    /// <summary>Runs the loop here, then (when <paramref name="control"/>) the control in a child process; returns the exit code.</summary>
    public static int Run(int reloads, bool control = true)
    {
        var (code, growth) = RunInProcess(reloads, print: true);
        if (code != 0 || !control)
        {
            return code;
        }

        var child = Control(reloads);
        if (child is null)
        {
            Console.WriteLine("FAILED: the control run (tiered compilation off) did not report.");
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Control, same loop with tiered compilation off (child process): working set {Signed(child.WorkingSet / MB)} MB, private bytes {Signed(child.Private / MB)} MB, managed heap {Signed(child.Heap / MB)} MB after {reloads} reloads."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"So {Signed((growth.WorkingSet - child.WorkingSet) / MB)} MB of this run's working-set growth is the tiered JIT recompiling hot methods (mostly the compiler's), not memory the reloads keep."));
        return 0;
    }

    /// <summary>The child side of the control: the loop without printing the table, one line of growth for the parent.</summary>
    public static int RunControl(int reloads)
    {
        var (code, growth) = RunInProcess(reloads, print: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ControlMarker} {growth.Heap} {growth.Committed} {growth.WorkingSet} {growth.Private}"));
        return code;
    }

    private static (int Code, Sample Growth) RunInProcess(int reloads, bool print)
    {
        var sources = Kmy001.BuiltInSources();
        var document = TextSheetSource.Bundled().Read().Document!;
        if (!sources.Any(s => s.Text.Contains(Title, StringComparison.Ordinal)))
        {
            Console.WriteLine($"FAILED: KMY001 no longer contains {Title}; update the edit.");
            return (1, new Sample(0, 0, 0, 0, 0, 0, 0));
        }

        var current = Load(sources, 0, document);
        var samples = new List<Sample> { Measure(0) };
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= reloads; i++)
        {
            var next = Load(sources, i, document);
            current.Dispose();
            current = next;
            if (IsCheckpoint(i, reloads))
            {
                clock.Stop();
                samples.Add(Measure(i));
                clock.Start();
            }
        }

        var perReload = clock.Elapsed.TotalMilliseconds / Math.Max(1, reloads);
        current.Dispose();
        var growth = samples[^1] - samples[0];
        if (print)
        {
            Report(samples, reloads, perReload);
        }

        return (0, growth);
    }

    private static bool IsCheckpoint(int reload, int reloads) => reload == reloads || reload is 1 or 10 or 25 or 50 or 100 or 200 or 400 or 800;

    private static void Report(List<Sample> samples, int reloads, double perReload)
    {
        Console.WriteLine($"Reload: {reloads} edits, whole built-in set, UseCache=false, previous set disposed; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("Each row after GC.Collect(2, Aggressive, blocking, compacting); one rule set alive at every row.");
        Console.WriteLine();
        Console.WriteLine("| Reloads | Managed heap (MB) | GC committed (MB) | Working set (MB) | Private bytes (MB) | Methods JIT-compiled | Rule assemblies loaded |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in samples)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(s.Reloads == 0 ? "first load" : s.Reloads.ToString(CultureInfo.InvariantCulture))} | {s.Heap / MB:F1} | {s.Committed / MB:F1} | {s.WorkingSet / MB:F1} | {s.Private / MB:F1} | {s.JitMethods:N0} | {s.RuleAssemblies} |"));
        }

        var first = samples[0];
        var last = samples[^1];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Growth after {reloads} reloads: managed heap {Signed((last.Heap - first.Heap) / MB)} MB, GC committed {Signed((last.Committed - first.Committed) / MB)} MB, working set {Signed((last.WorkingSet - first.WorkingSet) / MB)} MB, private bytes {Signed((last.Private - first.Private) / MB)} MB; target: within 10 MB."));
        if (samples.FindLast(s => s.Reloads > 0 && s.Reloads <= reloads / 2) is { } middle)
        {
            // A leak grows as fast in the second half as in the first; warm-up slows down.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Per 10 reloads, reloads 0-{middle.Reloads} then {middle.Reloads}-{last.Reloads}: working set {Rate(first, middle, s => s.WorkingSet)} then {Rate(middle, last, s => s.WorkingSet)} MB, private bytes {Rate(first, middle, s => s.Private)} then {Rate(middle, last, s => s.Private)} MB, managed heap {Rate(first, middle, s => s.Heap)} then {Rate(middle, last, s => s.Heap)} MB."));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mean reload (compile + run + dispose): {perReload:F0} ms."));
    }

    private static string Rate(Sample from, Sample to, Func<Sample, long> measure) =>
        Signed((measure(to) - measure(from)) / MB * 10 / Math.Max(1, to.Reloads - from.Reloads));

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

    private static Sample? Control(int reloads)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[typeof(ReloadBenchmarks).Assembly.Location, "--reload-only", reloads.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_TieredCompilation"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(ControlMarker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            Console.WriteLine($"control: exit {process.ExitCode}: {stdout}{stderr.Result}".Trim());
            return null;
        }

        var parts = line.Trim().Split(' ').Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new Sample(reloads, parts[0], parts[1], parts[2], parts[3], 0, 0);
    }

    private static string Signed(double megabytes) => megabytes.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static Sample Measure(int reloads)
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var rules = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name?.StartsWith("Kamiyama.Rules.", StringComparison.Ordinal) == true);
        return new Sample(reloads, GC.GetTotalMemory(forceFullCollection: false), info.TotalCommittedBytes, process.WorkingSet64, process.PrivateMemorySize64, JitInfo.GetCompiledMethodCount(), rules);
    }

    private sealed record Sample(int Reloads, long Heap, long Committed, long WorkingSet, long Private, long JitMethods, int RuleAssemblies)
    {
        public static Sample operator -(Sample a, Sample b) =>
            new(a.Reloads - b.Reloads, a.Heap - b.Heap, a.Committed - b.Committed, a.WorkingSet - b.WorkingSet, a.Private - b.Private, a.JitMethods - b.JitMethods, a.RuleAssemblies - b.RuleAssemblies);
    }
}
