using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using Kamiyama.Domain.Rules.Compilation;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Kamiyama.Benchmarks;

/// <summary>
/// First-compile cost as users feel it, each operation in a fresh process (<c>--cold N</c>): the whole built-in rule set
/// compiled without cache, one trivial <c>CSharpScript.Create("1+1").Compile()</c>, and the built-in set loaded from a
/// populated disk cache (which must not load the compiler). Rounds rotate the order of the three modes; the report gives
/// medians of the in-process time (the operation alone), of the processor time the operation used (all threads; steadier
/// than wall time on a shared machine), of the JIT's time and methods during the operation (a cold compile is mostly the
/// JIT compiling the compiler) and of the process wall time (runtime start-up included), with ratios against the trivial
/// compile. Times are reported, never asserted; a failed load or a warm start that loads Roslyn is a failure.
/// </summary>
internal static class CompileBenchmarks
{
    private const string Trivial = "trivial";
    private const string ColdSet = "cold-set";
    private const string WarmSet = "warm-set";
    private const string Populate = "populate";
    private const string Marker = "RESULT";

    /// <summary>Runs <paramref name="rounds"/> rounds of the three modes, each in its own process; returns the exit code.</summary>
    public static int RunCold(int rounds)
    {
        var cache = Directory.CreateTempSubdirectory("kamiyama-cold-").FullName;
        try
        {
            var failures = new List<string>();
            var populate = Spawn(Populate, cache);
            if (populate.Error is not null)
            {
                Console.WriteLine($"populate failed: {populate.Error}");
                return 1;
            }

            string[] modes = [Trivial, ColdSet, WarmSet];
            var runs = modes.ToDictionary(m => m, _ => new List<Run>());
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < modes.Length; k++)
                {
                    var mode = modes[(round + k) % modes.Length];
                    var run = Spawn(mode, cache);
                    runs[mode].Add(run);
                    if (run.Error is not null)
                    {
                        failures.Add($"{mode}: {run.Error}");
                    }
                    else if (mode == WarmSet && (run.CompilerLoaded || !run.FromCache))
                    {
                        failures.Add($"{mode}: fromCache={run.FromCache}, compilerLoaded={run.CompilerLoaded}");
                    }
                }
            }

            Report(runs, rounds);
            foreach (var failure in failures)
            {
                Console.WriteLine($"FAILED {failure}");
            }

            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>The child side: one operation, timed in-process, printed as one line.</summary>
    public static int RunOnce(string mode, string cache)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var jit = JitInfo.GetCompilationTime();
        var jitMethods = JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        var (rules, fromCache) = mode switch
        {
            Trivial => CompileTrivial(),
            ColdSet => Load(new RuleLoadOptions { UseCache = false }),
            WarmSet or Populate => Load(new RuleLoadOptions { CacheDirectory = cache }),
            _ => throw new ArgumentException($"Unknown mode {mode}.", nameof(mode)),
        };
        var elapsed = clock.Elapsed.TotalMilliseconds;
        cpu = Environment.CpuUsage.TotalTime - cpu;
        jit = JitInfo.GetCompilationTime() - jit;
        jitMethods = JitInfo.GetCompiledMethodCount() - jitMethods;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker} {mode} {elapsed:F1} {RuleLoader.CompilerLoaded} {fromCache} {rules} {cpu.TotalMilliseconds:F1} {jit.TotalMilliseconds:F1} {jitMethods}"));
        return 0;
    }

    private static (int Rules, bool FromCache) Load(RuleLoadOptions options)
    {
        var result = RuleLoader.LoadBuiltIn(options);
        if (!result.Success || result.RuleSet is not { } set)
        {
            throw new InvalidOperationException($"The built-in rules did not load: {result}");
        }

        using (set)
        {
            return (set.Descriptors.Count, result.FromCache);
        }
    }

    // Out of line so that a warm-start child never JIT-compiles a method that names a Roslyn type.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Rules, bool FromCache) CompileTrivial()
    {
        var diagnostics = CSharpScript.Create("1+1").Compile();
        return diagnostics.IsEmpty ? (0, false) : throw new InvalidOperationException(string.Join("; ", diagnostics));
    }

    private static Run Spawn(string mode, string cache)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[typeof(CompileBenchmarks).Assembly.Location, "--compile-once", mode, cache])
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            return new Run(mode, double.NaN, double.NaN, double.NaN, 0, wall, false, false, 0, $"exit {process.ExitCode}: {stdout}{stderr.Result}".Trim());
        }

        var parts = line.Trim().Split(' ');
        double Number(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return new Run(mode, Number(2), Number(6), Number(7), (long)Number(8), wall, bool.Parse(parts[3]), bool.Parse(parts[4]), (int)Number(5), null);
    }

    private static void Report(Dictionary<string, List<Run>> runs, int rounds)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var trivialOp = Median(runs[Trivial].Select(r => r.OperationMs));
        var trivialCpu = Median(runs[Trivial].Select(r => r.CpuMs));
        var trivialWall = Median(runs[Trivial].Select(r => r.WallMs));
        var coldOp = Median(runs[ColdSet].Select(r => r.OperationMs));
        var coldCpu = Median(runs[ColdSet].Select(r => r.CpuMs));
        var coldWall = Median(runs[ColdSet].Select(r => r.WallMs));
        Console.WriteLine($"Cold start, {rounds} fresh process(es) per mode, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| Mode | Rules | Median op (ms) | Min op | Max op | Op ratio vs trivial | Median op CPU (ms) | CPU ratio vs trivial | Median JIT (ms) | Methods JIT-compiled | Median process wall (ms) | Wall ratio vs trivial | Compiler loaded | From cache |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (mode, list) in runs)
        {
            var ok = list.Where(r => r.Error is null).ToList();
            var op = Median(list.Select(r => r.OperationMs));
            var cpu = Median(list.Select(r => r.CpuMs));
            var wall = Median(list.Select(r => r.WallMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mode} | {ok.Select(r => r.Rules).DefaultIfEmpty().Max()} | {op:F0} | {ok.Select(r => r.OperationMs).DefaultIfEmpty(double.NaN).Min():F0} | {ok.Select(r => r.OperationMs).DefaultIfEmpty(double.NaN).Max():F0} | {op / trivialOp:F2} | {cpu:F0} | {cpu / trivialCpu:F2} | {Median(list.Select(r => r.JitMs)):F0} | {ok.Select(r => r.JitMethods).DefaultIfEmpty().Max():N0} | {wall:F0} | {wall / trivialWall:F2} | {string.Join("/", ok.Select(r => r.CompilerLoaded).Distinct())} | {string.Join("/", ok.Select(r => r.FromCache).Distinct())} |"));
        }

        var warmOp = Median(runs[WarmSet].Select(r => r.OperationMs));
        var warmWall = Median(runs[WarmSet].Select(r => r.WallMs));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold whole set / trivial compile: {coldOp / trivialOp:F2}x in-process, {coldCpu / trivialCpu:F2}x processor time, {coldWall / trivialWall:F2}x wall (target <= 1.5)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm / cold whole set: {warmOp / coldOp:F3}x in-process, {warmWall / coldWall:F2}x wall (target <= 0.25)"));
    }

    private sealed record Run(string Mode, double OperationMs, double CpuMs, double JitMs, long JitMethods, double WallMs, bool CompilerLoaded, bool FromCache, int Rules, string? Error);
}
