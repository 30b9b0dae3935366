using Kamiyama.Domain;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli;

/// <summary>The documents named on the command line, read by the library into one document; every diagnostic printed.</summary>
internal static class Inputs
{
    /// <summary>The document, or null (its diagnostics printed) when the inputs could not be read.</summary>
    internal static EvaluationDocument? Read(IReadOnlyList<string> paths, bool strict, Stream stdin, TextWriter stderr)
    {
        var result = ReadAll(paths, strict, stdin, stderr);
        if (result is null)
        {
            return null;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        return result.HasErrors ? null : result.Document;
    }

    /// <summary>What reading the inputs gave, diagnostics included; null (said on standard error) for an unknown option.</summary>
    internal static ReadResult? ReadAll(IReadOnlyList<string> paths, bool strict, Stream stdin, TextWriter stderr)
    {
        if (paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } option)
        {
            stderr.WriteLine(Domain.Text.OneLine.Escape($"error: unknown option {option} (see --help)"));
            return null;
        }

        using var progress = stderr is TerminalWriter ? new TerminalProgress(stderr) : null;
        var options = new ReadOptions { Strict = strict, Progress = progress };
        return paths.Count == 0
            ? TextSheetSource.Bundled().Read(options)
            : DocumentInputs.Read(paths, options, stdin);
    }

    /// <summary>
    /// Whether the output file is one of the inputs (said on standard error): writing it would destroy the document
    /// before anyone sees the report.
    /// </summary>
    internal static bool IsAnInput(FileInfo? output, IReadOnlyList<string> paths, TextWriter stderr)
    {
        if (output is null || paths.Count == 0)
        {
            return false;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!DocumentInputs.Find(paths).Files.Any(f => f != DocumentInputs.StandardInput && string.Equals(Path.GetFullPath(f), output.FullName, comparison)))
        {
            return false;
        }

        stderr.WriteLine(Domain.Text.OneLine.Escape($"{output.FullName}: error: the output (--output) is one of the inputs; it is left as it is."));
        return true;
    }

    /// <summary>The file to write a report or an export to; null (and one line on standard error) when it cannot be created.</summary>
    internal static Stream? Create(FileInfo file, TextWriter stderr)
    {
        try
        {
            return File.Create(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e switch
            {
                DirectoryNotFoundException => "its folder does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => Domain.Text.OneLine.Escape(e.Message),
            };
            stderr.WriteLine(Domain.Text.OneLine.Escape($"{file.FullName}: error: cannot write the output: {why}."));
            return null;
        }
    }
}
