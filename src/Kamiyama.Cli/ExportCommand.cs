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

            var bytes = parse.GetValue(format) == "text"
                ? new UTF8Encoding(false).GetBytes(TextLayoutWriter.Write(document))
                : new UTF8Encoding(false).GetBytes(EvaluationJson.Serialize(document) + "\n");
            if (parse.GetValue(output) is { } file)
            {
                using var target = Inputs.Create(file, stderr);
                if (target is null)
                {
                    return ExitCodes.Unreadable;
                }

                target.Write(bytes);
            }
            else
            {
                stdout.Write(bytes);
                stdout.Flush();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
