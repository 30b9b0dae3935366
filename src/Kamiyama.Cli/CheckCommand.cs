using System.CommandLine;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Cli;

/// <summary>
/// <c>kamiyama check [FILE|DIR…] [--rules DIR] [--config FILE] [--format text|json|sarif|junit|markdown] [--cache DIR] [--output FILE]
/// [--isolation process|none]</c>: with no arguments, the bundled sample with the built-in rules. Rules from a folder run in
/// a worker process unless <c>--isolation none</c> says otherwise; the built-in rules run in this process.
/// </summary>
internal static class CheckCommand
{
    internal static Command Create(Stream stdin, Stream stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Documents, folders of documents or patterns (*.txt in the published layout, *.json); - reads standard input. None: the bundled sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = RuleSetOptions.Folders();
        var noBuiltIn = RuleSetOptions.NoBuiltIn();
        var config = new Option<FileInfo?>("--config", "-c") { Description = $"Rule configuration; default: {RuleConfiguration.FileName} next to the first input, if there is one." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text (file(line,col): severity ID: message), json, sarif (SARIF 2.1.0), junit (JUnit XML: a test case per rule and sheet) or markdown (the evaluation as a person reads it, findings beside their sheets).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "markdown");
        var cache = RuleSetOptions.Cache();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat reader warnings (unrecognised content) as errors." };
        var isolation = new Option<string?>("--isolation")
        {
            Description = "Where rules run: process (a worker process with capped memory and CPU, which a crashing rule cannot take down with this one) or none (this process, faster). Default: process when a rules folder is given, none for the built-in rules alone.",
        };
        isolation.AcceptOnlyFromAmong("process", "none");
        var command = new Command("check", "Check documents with the rule set; exit 0 when there is no error, 1 when rules found errors, 2 when input or rules could not be read.")
        {
            inputs, rules, noBuiltIn, config, format, cache, output, strict, isolation,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(rules) ?? [],
            parse.GetValue(noBuiltIn),
            parse.GetValue(config),
            parse.GetValue(format)!,
            parse.GetValue(cache),
            parse.GetValue(output),
            parse.GetValue(strict),
            Isolation(parse.GetValue(isolation), parse.GetValue(rules) is { Length: > 0 }),
            stdin,
            stdout,
            stderr));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, DirectoryInfo[] rulesFolders, bool noBuiltIn, FileInfo? configFile, string format, DirectoryInfo? cache, FileInfo? output, bool strict, RuleIsolation isolation, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var read = Inputs.ReadAll(paths, strict, stdin, stderr);
        if (read is null)
        {
            return ExitCodes.Unreadable;
        }

        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.HasErrors)
        {
            return Unreadable([], diagnostics, format, output, stdout, stderr);
        }

        var (ruleSet, loadDiagnostics) = RuleSetOptions.LoadAll(rulesFolders, noBuiltIn, cache, stderr);
        diagnostics.AddRange(loadDiagnostics);
        if (ruleSet is null)
        {
            return Unreadable([], diagnostics, format, output, stdout, stderr);
        }

        using (ruleSet)
        {
            var options = RuleOptions.Default;
            var configPath = configFile?.FullName ?? RuleConfiguration.FindFor(DocumentInputs.Find(paths).Files);
            if (configPath is not null)
            {
                if (!File.Exists(configPath))
                {
                    stderr.WriteLine(Domain.Text.OneLine.Escape($"{configPath}: error: the configuration file does not exist."));
                    return ExitCodes.Unreadable;
                }

                var (configured, problems) = RuleConfiguration.ReadFile(configPath, ruleSet);
                diagnostics.AddRange(problems);
                if (!problems.IsEmpty)
                {
                    return Unreadable(ruleSet.Descriptors, diagnostics, format, output, stdout, stderr);
                }

                options = configured;
            }

            var run = ruleSet.Evaluate(read.Document, options with { Isolation = isolation }).WithDiagnostics(diagnostics);
            if (!Write(run, read.Document, format, output, stdout, stderr))
            {
                return ExitCodes.Unreadable;
            }

            return run.HasErrors ? ExitCodes.RuleErrors : ExitCodes.Success;
        }
    }

    /// <summary>
    /// Inputs, rules or configuration that could not be read: the diagnostics on standard error, and for a machine format
    /// also as its report (so a pipeline that reads the report sees why); exit 2.
    /// </summary>
    private static int Unreadable(IEnumerable<Domain.Rules.Authoring.RuleDescriptor> rules, List<Diagnostic> diagnostics, string format, FileInfo? output, Stream stdout, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (format != "text")
        {
            Write(new RuleRun(rules, [], diagnostics), document: null, format, output, stdout, stderr);
        }

        return ExitCodes.Unreadable;
    }

    /// <summary>Writes the report; false (said on standard error) when the output cannot be written.</summary>
    private static bool Write(RuleRun run, Domain.EvaluationDocument? document, string format, FileInfo? output, Stream stdout, TextWriter stderr)
    {
        using var target = output is null ? null : Inputs.Create(output, stderr);
        if (output is not null && target is null)
        {
            return false;
        }

        var stream = target ?? stdout;
        switch (format)
        {
            case "json":
                JsonReport.Write(run, stream);
                break;
            case "sarif":
                SarifReport.Write(run, stream, new SarifOptions
                {
                    ToolVersion = typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                    BaseFolder = Environment.CurrentDirectory,
                });
                break;
            case "junit":
                JUnitReport.Write(run, stream);
                break;
            case "markdown" when document is not null:
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                {
                    MarkdownReport.Write(run, document, writer);
                }

                break;
            default:
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                {
                    if (document is null)
                    {
                        TextReport.Write(run, writer);
                    }
                    else
                    {
                        TextReport.Write(run, document, writer);
                    }
                }

                break;
        }

        stream.Flush();
        return true;
    }

    private static RuleIsolation Isolation(string? chosen, bool fromFolder) => chosen switch
    {
        "process" => RuleIsolation.Process,
        "none" => RuleIsolation.None,
        _ => fromFolder ? RuleIsolation.Process : RuleIsolation.None,
    };
}
