using System.CommandLine;

namespace Kamiyama.Cli;

/// <summary>The root command; a thin shell over the library's public API.</summary>
internal static class KamiyamaCommand
{
    /// <summary>Parses and runs a command line against the given streams (tests pass their own).</summary>
    internal static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var verbose = new Option<bool>("--verbose") { Description = "On an internal failure, print the details (a stack trace) as well as the one line.", Recursive = true };
        var root = new RootCommand("kamiyama — read, export and check Japanese municipal plan-evaluation documents (施策・事業評価). Exit codes: 0 no error, 1 the rules found errors, 2 bad input, rules or usage, 3 an internal failure.")
        {
            ExportCommand.Create(stdin, stdout, stderr),
            CheckCommand.Create(stdin, stdout, stderr),
            CheckCommand.CreateReport(stdin, stdout, stderr),
            RulesCommand.Create(stdout, stderr),
        };
        root.Options.Add(verbose);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            return ExitCodes.Unreadable;
        }

        try
        {
            using var output = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
            return result.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, never a data problem (those are diagnostics): one clear line, never "the rules found errors".
            var details = result.GetValue(verbose);
            stderr.Write(Domain.Text.OneLine.Escape($"kamiyama: internal error: {e.GetType().Name}: {e.Message}") + (details ? string.Empty : " (run with --verbose for the details)") + "\n");
            if (details)
            {
                stderr.Write(e + "\n");
            }

            return ExitCodes.InternalFailure;
        }
    }
}
