using System.CommandLine;
using Humanizer;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;

namespace Kamiyama.Cli;

/// <summary>
/// <c>kamiyama check [FILE|DIR…] [--rules DIR] [--config FILE] [--format text|json|sarif] [--cache DIR] [--output FILE]
/// [--isolation process|none]</c>: with no arguments, the bundled sample with the built-in rules. Rules from a folder run in
/// a worker process unless <c>--isolation none</c> says otherwise; the built-in rules run in this process.
/// </summary>
internal static class CheckCommand
{
    internal static Command Create(Stream stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Documents or folders of documents (*.txt in the published layout, *.json). None: the bundled sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<DirectoryInfo?>("--rules", "-r") { Description = "A folder of rule scripts (*.csx) to run instead of the built-in rules." };
        var config = new Option<FileInfo?>("--config", "-c") { Description = $"Rule configuration; default: {RuleConfiguration.FileName} next to the first input, if there is one." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text (file(line,col): severity ID: message), json or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Where compiled rule sets are cached (default: $KAMIYAMA_CACHE_DIR, else the user's cache folder)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var strict = new Option<bool>("--strict") { Description = "Treat reader warnings (unrecognised content) as errors." };
        var isolation = new Option<string?>("--isolation")
        {
            Description = "Where rules run: process (a worker process with capped memory and CPU, which a crashing rule cannot take down with this one) or none (this process, faster). Default: process with --rules, none for the built-in rules.",
        };
        isolation.AcceptOnlyFromAmong("process", "none");
        var command = new Command("check", "Check documents with the rule set; exit 0 when there is no error, 1 when rules found errors, 2 when input or rules could not be read.")
        {
            inputs, rules, config, format, cache, output, strict, isolation,
        };
        command.SetAction(parse => Run(
            Expand(parse.GetValue(inputs) ?? []),
            parse.GetValue(rules),
            parse.GetValue(config),
            parse.GetValue(format)!,
            parse.GetValue(cache),
            parse.GetValue(output),
            parse.GetValue(strict),
            Isolation(parse.GetValue(isolation), parse.GetValue(rules) is not null),
            stdout,
            stderr));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, DirectoryInfo? rulesFolder, FileInfo? configFile, string format, DirectoryInfo? cache, FileInfo? output, bool strict, RuleIsolation isolation, Stream stdout, TextWriter stderr)
    {
        var options = RuleOptions.Default;
        var configPath = configFile?.FullName ?? DefaultConfiguration(files);
        if (configPath is not null)
        {
            if (!File.Exists(configPath))
            {
                stderr.WriteLine($"{configPath}: error: the configuration file does not exist.");
                return ExitCodes.Unreadable;
            }

            var (configured, problems) = RuleConfiguration.ReadFile(configPath);
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem.ToString());
            }

            if (!problems.IsEmpty)
            {
                return ExitCodes.Unreadable;
            }

            options = configured;
        }

        var document = Inputs.Read(files, strict, stderr);
        if (document is null)
        {
            return ExitCodes.Unreadable;
        }

        var loadOptions = new RuleLoadOptions { CacheDirectory = cache?.FullName };
        var loaded = rulesFolder is null ? RuleLoader.LoadBuiltIn(loadOptions) : RuleLoader.LoadDirectory(rulesFolder.FullName, loadOptions);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        if (!loaded.Success || loaded.RuleSet is not { } ruleSet)
        {
            return ExitCodes.Unreadable;
        }

        using (ruleSet)
        {
            var run = ruleSet.Evaluate(document, options with { Isolation = isolation });
            using var target = output is null ? null : File.Create(output.FullName);
            var stream = target ?? stdout;
            switch (format)
            {
                case "json":
                    JsonReport.Write(run, stream);
                    break;
                case "sarif":
                    SarifReport.Write(run, stream, typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                    break;
                default:
                    using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
                    {
                        TextReport.Write(run, writer);
                        writer.Write(Summary(run, document.Sheets.Count) + "\n");
                    }

                    break;
            }

            stream.Flush();
            return run.HasErrors || run.EngineErrors.Any() ? ExitCodes.RuleErrors : ExitCodes.Success;
        }
    }

    /// <summary>Rules from a folder are semi-trusted: they run in a worker unless the user says otherwise.</summary>
    private static RuleIsolation Isolation(string? chosen, bool fromFolder) => chosen switch
    {
        "process" => RuleIsolation.Process,
        "none" => RuleIsolation.None,
        _ => fromFolder ? RuleIsolation.Process : RuleIsolation.None,
    };

    /// <summary>The last line of the text report: <c>3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)</c>.</summary>
    internal static string Summary(RuleRun run, int sheets)
    {
        var parts = new List<string>
        {
            "error".ToQuantity(run.Count(RuleSeverity.Error)),
            "warning".ToQuantity(run.Count(RuleSeverity.Warning)),
            "note".ToQuantity(run.Count(RuleSeverity.Info)),
        };
        var suppressed = run.Findings.Count(f => f.IsSuppressed);
        if (suppressed > 0)
        {
            parts.Add($"{suppressed} suppressed");
        }

        var failures = run.EngineErrors.Count();
        if (failures > 0)
        {
            parts.Add("rule failure".ToQuantity(failures));
        }

        return $"{string.Join(", ", parts)} in {"sheet".ToQuantity(sheets)} ({"rule".ToQuantity(run.Rules.Count)})";
    }

    /// <summary>Folders become their *.txt and *.json documents (not the configuration file), in ordinal order.</summary>
    private static List<string> Expand(IEnumerable<string> inputs) =>
    [
        .. inputs.SelectMany<string, string>(input => Directory.Exists(input)
            ? Directory.EnumerateFiles(input)
                .Where(f => (f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    && !string.Equals(Path.GetFileName(f), RuleConfiguration.FileName, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [input]),
    ];

    private static string? DefaultConfiguration(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(files[0]));
        var candidate = folder is null ? null : Path.Combine(folder, RuleConfiguration.FileName);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }
}
