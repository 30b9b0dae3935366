using System.CommandLine;
using System.Text;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli;

/// <summary><c>kamiyama export [FILE…] --format json|text [--output FILE] [--strict]</c>.</summary>
internal static class ExportCommand
{
    internal static Command Create(Stream stdin, Stream stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Documents, folders of documents or patterns: the published text layout, or .json; - reads standard input. Several files are combined into one document. None: the bundled sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "What to write: json (EvaluationJson, schemaVersion 1) or text (the published layout).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat reader warnings (unrecognised content) as errors." };

        var command = new Command("export", "Read documents and write them as JSON or in the published text layout.") { files, format, output, strict };
        command.SetAction(parse =>
        {
            if (Inputs.IsAnInput(parse.GetValue(output), parse.GetValue(files) ?? [], stderr))
            {
                return ExitCodes.Unreadable;
            }

            var document = Inputs.Read(parse.GetValue(files) ?? [], parse.GetValue(strict), stdin, stderr);
            if (document is null)
            {
                return ExitCodes.Unreadable;
            }

            var asText = parse.GetValue(format) == "text";

            // Checked before the output is opened: a refused document leaves no file, not even an empty one.
            var refused = asText ? TextLayoutWriter.Check(document) : EvaluationJson.Check(document);
            if (!refused.IsEmpty)
            {
                foreach (var diagnostic in refused)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                stderr.WriteLine($"error: nothing was exported: {refused.Count} value(s) cannot be written {(asText ? "in the published text layout" : "as JSON")} (see above).");
                return ExitCodes.Unreadable;
            }

            if (parse.GetValue(output) is { } file)
            {
                using var target = Inputs.Create(file, stderr);
                if (target is null)
                {
                    return ExitCodes.Unreadable;
                }

                Write(document, asText, target);
            }
            else
            {
                Write(document, asText, stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes a checked document to the stream as the writer goes, through a small buffer: a large document is never held
    /// encoded whole, and it is not checked a second time.
    /// </summary>
    private static void Write(Domain.EvaluationDocument document, bool asText, Stream target)
    {
        if (asText)
        {
            using var writer = new StreamWriter(target, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
            TextLayoutWriter.WriteUnchecked(document, writer);
        }
        else
        {
            EvaluationJson.SerializeChecked(target, document);
            target.WriteByte((byte)'\n');
        }

        target.Flush();
    }
}
