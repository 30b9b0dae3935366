using System.CommandLine;

namespace Kamiyama.Cli;

/// <summary>The root command; a thin shell over the library's public API.</summary>
internal static class KamiyamaCommand
{
    /// <summary>Parses and runs a command line against the given streams (tests pass their own).</summary>
    internal static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        using var output = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        var root = new RootCommand("kamiyama — read, export and check Japanese municipal plan-evaluation documents (施策・事業評価).")
        {
            ExportCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            return ExitCodes.Unreadable;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = stderr });
    }
}
