using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// How a rule worker is started: <c>dotnet Kamiyama.Domain.Rules.Worker.dll</c> from beside this assembly, with the muxer
/// of the running runtime; a minimal environment (nothing of the host's is inherited), the file system root as its working
/// folder, the GC heap capped by <c>DOTNET_GCHeapHardLimit</c>; on Linux its data segment and CPU time capped by
/// <c>ulimit -d</c> and <c>ulimit -t</c>, and no network when <c>unshare --net --map-root-user</c> works on this machine.
/// </summary>
internal static class WorkerLaunch
{
    /// <summary>The worker's file name, beside <c>Kamiyama.Domain.Rules.dll</c>.</summary>
    public const string FileName = "Kamiyama.Domain.Rules.Worker.dll";

    /// <summary>The worker's GC heap.</summary>
    public const long HeapBytes = 512L * 1024 * 1024;

    /// <summary>
    /// The worker's data segment (<c>ulimit -d</c>): the heap, the 16 MB stack of the rule thread (a thread's stack is
    /// writable private memory, so it counts), and room for the runtime, the JIT and the loaded assemblies.
    /// </summary>
    public const long DataBytes = HeapBytes + RuleEvaluator.WorkerStackSize + (768L * 1024 * 1024);

    private static readonly Lazy<string?> Unshare = new(ProbeNetworkIsolation);

    /// <summary>Whether workers run without network (an empty network namespace).</summary>
    public static bool NoNetwork => OperatingSystem.IsLinux() && Unshare.Value is not null;

    /// <summary>Where to look for the worker instead of beside this assembly (tests).</summary>
    internal static string? Folder { get; set; }

    /// <summary>The worker's path.</summary>
    /// <exception cref="FileNotFoundException">It is not there.</exception>
    public static string WorkerPath()
    {
        var location = typeof(WorkerLaunch).Assembly.Location;
        var folder = Folder ?? (string.IsNullOrEmpty(location) ? AppContext.BaseDirectory : Path.GetDirectoryName(location)!);
        var path = Path.Combine(folder, FileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The rule worker {FileName} is not beside Kamiyama.Domain.Rules.dll in {folder}: the Kamiyama.Domain.Rules package copies it to the output folder (a project reference needs one to Kamiyama.Domain.Rules.Worker too); or run the rules with RuleIsolation.None.",
                path);
    }

    /// <summary>The <c>dotnet</c> muxer of the runtime this process runs on.</summary>
    /// <exception cref="FileNotFoundException">It cannot be found.</exception>
    public static string Muxer()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

        // …/shared/Microsoft.NETCore.App/10.0.x/ → the dotnet root three folders up.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtime)));
        if (root is not null && Path.Combine(root, name) is var muxer && File.Exists(muxer))
        {
            return muxer;
        }

        if (Environment.ProcessPath is { } process && Path.GetFileName(process) == name)
        {
            return process;
        }

        throw new FileNotFoundException($"The dotnet muxer was not found beside the running runtime ({runtime}); the rule worker cannot be started.", name);
    }

    /// <summary>The start of a worker whose rules may use up to <paramref name="cpu"/> of processor time.</summary>
    public static ProcessStartInfo StartInfo(TimeSpan cpu)
    {
        var (muxer, worker) = (Muxer(), WorkerPath());
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = OperatingSystem.IsWindows() ? Path.GetTempPath() : "/",
        };
        start.Environment.Clear();
        foreach (var (name, value) in WorkerEnvironment())
        {
            start.Environment[name] = value;
        }

        if (OperatingSystem.IsLinux() && File.Exists("/bin/sh"))
        {
            var seconds = cpu == Timeout.InfiniteTimeSpan ? "unlimited" : Math.Ceiling(cpu.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            start.FileName = "/bin/sh";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"ulimit -d {DataBytes / 1024} && ulimit -t {seconds} && exec \"$0\" \"$@\"");
            if (NoNetwork)
            {
                start.ArgumentList.Add(Unshare.Value!);
                start.ArgumentList.Add("--net");
                start.ArgumentList.Add("--map-root-user");
            }

            start.ArgumentList.Add(muxer);
        }
        else
        {
            start.FileName = muxer;
        }

        start.ArgumentList.Add(worker);
        return start;
    }

    private static IEnumerable<(string Name, string Value)> WorkerEnvironment()
    {
        yield return ("PATH", OperatingSystem.IsWindows() ? System.Environment.GetFolderPath(System.Environment.SpecialFolder.System) : "/usr/bin:/bin");
        yield return ("DOTNET_GCHeapHardLimit", "0x" + HeapBytes.ToString("x", CultureInfo.InvariantCulture));
        yield return ("DOTNET_gcServer", "0");

        // No diagnostics IPC socket (it would be left in the temporary folder when the worker is killed), no dumps.
        yield return ("DOTNET_EnableDiagnostics", "0");
        yield return ("DOTNET_DbgEnableMiniDump", "0");
        yield return ("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        yield return ("DOTNET_NOLOGO", "1");
        if (System.Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is { } invariant)
        {
            yield return ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", invariant);
        }

        if (OperatingSystem.IsWindows() && System.Environment.GetEnvironmentVariable("SystemRoot") is { } root)
        {
            yield return ("SystemRoot", root);
        }
    }

    /// <summary>The path of <c>unshare</c> when an empty network namespace can be made here (probed once per process), else null.</summary>
    private static string? ProbeNetworkIsolation()
    {
        foreach (var folder in new[] { "/usr/bin", "/bin" })
        {
            var unshare = Path.Combine(folder, "unshare");
            if (!File.Exists(unshare))
            {
                continue;
            }

            try
            {
                var probe = new ProcessStartInfo(unshare) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var argument in new[] { "--net", "--map-root-user", "/bin/true" })
                {
                    probe.ArgumentList.Add(argument);
                }

                using var process = Process.Start(probe)!;
                if (!process.WaitForExit(5000))
                {
                    process.Kill();
                    process.WaitForExit();
                    return null;
                }

                return process.ExitCode == 0 ? unshare : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        return null;
    }
}
