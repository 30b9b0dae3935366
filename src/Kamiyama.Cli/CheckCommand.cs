using System.CommandLine;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Cli;

/// <summary>
/// <c>kamiyama check [FILE|DIR…] [--rules DIR] [--config FILE] [--format text|json|sarif|junit|markdown|html] [--culture ja|en]
/// [--base DIR] [--cache DIR] [--output FILE] [--isolation process|none]</c>: with no arguments, the bundled sample with the
/// built-in rules. <c>kamiyama report</c> takes the same options, writes Markdown by default, and exits 0 once the report
/// is written whatever the rules found. Rules from a folder run in a worker process unless <c>--isolation none</c> says
/// otherwise; the built-in rules run in this process.
/// </summary>
internal static class CheckCommand
{
    internal static Command Create(Stream stdin, Stream stdout, TextWriter stderr) => Create(
        "check",
        "Check documents with the rule set; exit 0 when there is no error, 1 when rules found errors, 2 when input or rules could not be read.",
        defaultFormat: "text",
        isReport: false,
        stdin,
        stdout,
        stderr);

    internal static Command CreateReport(Stream stdin, Stream stdout, TextWriter stderr) => Create(
        "report",
        "Write the evaluation report of documents checked with the rule set (Markdown by default, or HTML with charts for people; text, JSON, SARIF or JUnit for machines); exit 0 when it is written, 2 when input or rules could not be read.",
        defaultFormat: "markdown",
        isReport: true,
        stdin,
        stdout,
        stderr);

    private static Command Create(string name, string description, string defaultFormat, bool isReport, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Documents, folders of documents or patterns (*.txt in the published layout, *.json); - reads standard input. None: the bundled sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = RuleSetOptions.Folders();
        var noBuiltIn = RuleSetOptions.NoBuiltIn();
        var config = new Option<FileInfo?>("--config", "-c") { Description = $"Rule configuration; default: {RuleConfiguration.FileName} next to the first input, if there is one." };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Report format (default {defaultFormat}): text (file(line,col): severity ID: message), json, sarif (SARIF 2.1.0), junit (JUnit XML: a test case per rule and sheet), markdown (the evaluation as a person reads it, findings beside their sheets) or html (one self-contained page with charts).",
            DefaultValueFactory = _ => defaultFormat,
        };
        format.AcceptOnlyFromAmong([.. Report.Formats.Keys]);
        var culture = new Option<string>("--culture") { Description = "The report's language: ja (日本語, the default) or en (English, with the rules' English texts where they have them).", DefaultValueFactory = _ => "ja" };
        culture.AcceptOnlyFromAmong("ja", "en");
        var baseFolder = new Option<DirectoryInfo?>("--base") { Description = "The folder the report's file paths are relative to (default: the current folder); files outside it keep their path." };
        var cache = RuleSetOptions.Cache();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat reader warnings (unrecognised content) as errors." };
        var isolation = new Option<string?>("--isolation")
        {
            Description = "Where rules run: process (a worker process with capped memory and CPU, which a crashing rule cannot take down with this one) or none (this process, faster). Default: process when a rules folder is given, none for the built-in rules alone.",
        };
        isolation.AcceptOnlyFromAmong("process", "none");
        var command = new Command(name, description)
        {
            inputs, rules, noBuiltIn, config, format, culture, baseFolder, cache, output, strict, isolation,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(baseFolder) is { Exists: false } missing)
            {
                stderr.WriteLine(Domain.Text.OneLine.Escape($"{missing.FullName}: error: the base folder (--base) does not exist."));
                return ExitCodes.Unreadable;
            }

            if (Inputs.IsAnInput(parse.GetValue(output), parse.GetValue(inputs) ?? [], stderr))
            {
                return ExitCodes.Unreadable;
            }

            var reportOptions = new ReportOptions
            {
                Language = parse.GetValue(culture) == "en" ? ReportLanguage.English : ReportLanguage.Japanese,
                BaseFolder = parse.GetValue(baseFolder)?.FullName ?? Environment.CurrentDirectory,
                ToolVersion = typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            };
            var status = Run(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(rules) ?? [],
                parse.GetValue(noBuiltIn),
                parse.GetValue(config),
                new Target(Report.Formats[parse.GetValue(format)!], reportOptions, parse.GetValue(output)),
                parse.GetValue(cache),
                parse.GetValue(strict),
                Isolation(parse.GetValue(isolation), parse.GetValue(rules) is { Length: > 0 }),
                stdin,
                stdout,
                stderr);
            return isReport && status == ExitCodes.RuleErrors ? ExitCodes.Success : status;
        });
        return command;
    }

    /// <summary>Where the report goes and how it is written.</summary>
    private sealed record Target(ReportFormat Format, ReportOptions Options, FileInfo? Output);

    private static int Run(IReadOnlyList<string> paths, DirectoryInfo[] rulesFolders, bool noBuiltIn, FileInfo? configFile, Target target, DirectoryInfo? cache, bool strict, RuleIsolation isolation, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var read = Inputs.ReadAll(paths, strict, stdin, stderr);
        if (read is null)
        {
            return ExitCodes.Unreadable;
        }

        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.HasErrors)
        {
            return Unreadable([], diagnostics, target, stdout, stderr);
        }

        var (ruleSet, loadDiagnostics) = RuleSetOptions.LoadAll(rulesFolders, noBuiltIn, cache, stderr);
        diagnostics.AddRange(loadDiagnostics);
        if (ruleSet is null)
        {
            return Unreadable([], diagnostics, target, stdout, stderr);
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
                    return Unreadable(ruleSet.Descriptors, diagnostics, target, stdout, stderr);
                }

                options = configured;
            }

            var run = ruleSet.Evaluate(read.Document, options with { Isolation = isolation }).WithDiagnostics(diagnostics);
            if (!Write(run, read.Document, target, stdout, stderr))
            {
                return ExitCodes.Unreadable;
            }

            return run.HasErrors ? ExitCodes.RuleErrors : ExitCodes.Success;
        }
    }

    /// <summary>
    /// Inputs, rules or configuration that could not be read: the diagnostics on standard error, and for any format but
    /// text also as its report (so a pipeline that reads the report sees why); exit 2.
    /// </summary>
    private static int Unreadable(IEnumerable<Domain.Rules.Authoring.RuleDescriptor> rules, List<Diagnostic> diagnostics, Target target, Stream stdout, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (target.Format != ReportFormat.Text)
        {
            Write(new RuleRun(rules, [], diagnostics), document: null, target, stdout, stderr);
        }

        return ExitCodes.Unreadable;
    }

    /// <summary>Writes the report; false (said on standard error) when the output cannot be written.</summary>
    private static bool Write(RuleRun run, Domain.EvaluationDocument? document, Target target, Stream stdout, TextWriter stderr)
    {
        using var file = target.Output is null ? null : Inputs.Create(target.Output, stderr);
        if (target.Output is not null && file is null)
        {
            return false;
        }

        Report.Write(target.Format, run, document, file ?? stdout, target.Options);
        return true;
    }

    private static RuleIsolation Isolation(string? chosen, bool fromFolder) => chosen switch
    {
        "process" => RuleIsolation.Process,
        "none" => RuleIsolation.None,
        _ => fromFolder ? RuleIsolation.Process : RuleIsolation.None,
    };
}
