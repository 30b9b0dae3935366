namespace Kamiyama.Cli;

/// <summary>The <c>kamiyama</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's standard streams.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 success, 1 rule errors found, 2 bad input, rules or usage, 3 an internal failure.</returns>
    public static int Main(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        // On a terminal, long reading shows its progress on standard error; redirected, it stays silent.
        using var stderr = Console.IsErrorRedirected
            ? new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true }
            : new TerminalWriter(Console.OpenStandardError()) { AutoFlush = true };
        using var stdin = Console.OpenStandardInput();
        return KamiyamaCommand.Run(args, stdin, stdout, stderr);
    }
}
