using System.Globalization;

namespace Kamiyama.Benchmarks;

/// <summary>
/// The modes that are not BenchmarkDotNet suites: <c>--cold [N]</c> (<see cref="CompileBenchmarks"/>), <c>--reload [N]</c>
/// (<see cref="ReloadBenchmarks"/>), <c>--smoke</c> (every suite once, counts checked, no times asserted) and the child
/// sides: <c>--compile-once MODE CACHE</c> of the cold mode, <c>--reload-only N</c> of the reload mode's control run.
/// </summary>
internal static class ProcessModes
{
    /// <summary>Runs a mode if the arguments name one; sets the exit code and returns true, else returns false.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        int Count(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;
        int? code = args[0] switch
        {
            "--compile-once" => CompileBenchmarks.RunOnce(args[1], args[2]),
            "--cold" => CompileBenchmarks.RunCold(Count(10)),
            "--reload" => ReloadBenchmarks.Run(Count(100)),
            "--reload-only" => ReloadBenchmarks.RunControl(Count(100)),
            "--smoke" => Smoke(),
            _ => null,
        };
        if (code is not { } exit)
        {
            return false;
        }

        Environment.ExitCode = exit;
        return true;
    }

    private static int Smoke()
    {
        // Setup runs every engine once and throws unless all agree on the finding count.
        using (var evaluate = new EvaluateBenchmarks { Sheets = 1_000 })
        {
            evaluate.Setup();
        }

        new NaiveEvaluateAsyncBenchmarks { Sheets = 5 }.Setup();

        // Setup throws unless a worker gives the findings and outcomes of the run in process.
        using (var isolation = new IsolationBenchmarks { Sheets = 300 })
        {
            isolation.Setup();
        }

        var cold = CompileBenchmarks.RunCold(1);
        var reload = ReloadBenchmarks.Run(3, control: false);
        return cold == 0 && reload == 0 ? 0 : 1;
    }
}
