using System.Text;

namespace Kamiyama.Cli.Tests;

/// <summary>One in-process run of the command: exit code, standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput([], args);

    /// <summary>Runs the command with <paramref name="stdin"/> as its standard input.</summary>
    public static CliRun WithInput(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = KamiyamaCommand.Run(args, input, stdout, stderr);
        return new CliRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
