using BenchmarkDotNet.Running;

namespace Kamiyama.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Kamiyama.Benchmarks -- --filter '*'</c>;
/// <c>-- --national [municipalities] [sheets]</c> runs the national-scale end-to-end pass; <c>-- --scale [sheets…]</c> the
/// cost per sheet of one document as it grows; <c>--cold N</c>, <c>--reload N</c>
/// and <c>--smoke</c> run the process-based modes (see ProcessModes).
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher unless a mode is named.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--national")
        {
            return NationalScale.Run(args);
        }

        if (args.Length > 0 && args[0] == "--scale")
        {
            return ScaleCurve.Run(args);
        }

        if (args.Length > 1 && args[0] == "--scale-one")
        {
            return ScaleCurve.RunOne(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ProcessModes.TryRun(args))
        {
            return Environment.ExitCode;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
