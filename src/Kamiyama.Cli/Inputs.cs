using Kamiyama.Domain;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli;

/// <summary>Turns the files on the command line into one document, printing every reader diagnostic.</summary>
internal static class Inputs
{
    /// <summary>The source for a file: JSON by its extension, the published text layout otherwise; the bundled sample for none.</summary>
    internal static IReadOnlyList<ISheetSource> Sources(IReadOnlyList<string> files) => files.Count == 0
        ? [TextSheetSource.Bundled()]
        : [.. files.Select(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? (ISheetSource)JsonSheetSource.FromFile(f) : TextSheetSource.FromFile(f))];

    /// <summary>
    /// Reads every file; prints diagnostics to <paramref name="stderr"/> as <c>file(line,col): severity CODE: message</c>.
    /// Returns the combined document, or null when any input could not be read (an error diagnostic or an I/O failure).
    /// </summary>
    internal static EvaluationDocument? Read(IReadOnlyList<string> files, bool strict, TextWriter stderr)
    {
        var documents = new List<EvaluationDocument>();
        var failed = false;
        foreach (var source in Sources(files))
        {
            ReadResult result;
            try
            {
                result = source.Read(new ReadOptions { Strict = strict });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Domain.Text.OneLine.Escape($"{source.Name}: error: cannot read the file: {e.Message}"));
                failed = true;
                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            failed |= result.HasErrors;
            documents.Add(result.Document);
        }

        if (failed)
        {
            return null;
        }

        try
        {
            return EvaluationDocument.Combine(documents);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }
}
