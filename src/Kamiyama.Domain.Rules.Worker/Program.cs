using Kamiyama.Domain.Rules.Isolation;

namespace Kamiyama.Domain.Rules.Worker;

/// <summary>
/// The rule worker: a process the rule engine starts to run rules that might take a process down with them (a stack
/// overflow, the runtime's out-of-memory, a hang in framework code). It speaks only through its standard input and output.
/// </summary>
internal static class Program
{
    private static int Main() => WorkerMain.Run(Console.OpenStandardInput(), Console.OpenStandardOutput());
}
