using BenchmarkDotNet.Running;

namespace Kamiyama.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release --project benchmarks/Kamiyama.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
