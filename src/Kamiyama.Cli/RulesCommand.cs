using System.CommandLine;
using System.Globalization;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;

namespace Kamiyama.Cli;

/// <summary>
/// <c>kamiyama rules [--rules DIR…] [--no-built-in] [--write-built-in DIR]</c>: the rule set a check would run, one line
/// per rule (id, severity, title, source), or the built-in rule files written to a folder to start from.
/// </summary>
internal static class RulesCommand
{
    internal static Command Create(Stream stdout, TextWriter stderr)
    {
        var rules = RuleSetOptions.Folders();
        var noBuiltIn = RuleSetOptions.NoBuiltIn();
        var cache = RuleSetOptions.Cache();
        var write = new Option<DirectoryInfo?>("--write-built-in") { Description = "Write the built-in rule files to this folder (created if needed; existing files are never overwritten) to start your own from." };
        var command = new Command("rules", "List the rule set (id, severity, title, source), or write the built-in rule files to a folder.") { rules, noBuiltIn, cache, write };
        command.SetAction(parse => parse.GetValue(write) is { } folder
            ? WriteBuiltIn(folder, stdout, stderr)
            : List(parse.GetValue(rules) ?? [], parse.GetValue(noBuiltIn), parse.GetValue(cache), stdout, stderr));
        return command;
    }

    private static int List(DirectoryInfo[] folders, bool noBuiltIn, DirectoryInfo? cache, Stream stdout, TextWriter stderr)
    {
        using var set = RuleSetOptions.Load(folders, noBuiltIn, cache, stderr);
        if (set is null)
        {
            return ExitCodes.Unreadable;
        }

        using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), leaveOpen: true);
        foreach (var rule in set.Descriptors)
        {
            var source = set.SourceOf(rule.Id) is { } position ? position.File : "(compiled ahead of time)";
            writer.Write(string.Join('\t', new[] { rule.Id, TextReport.LevelName(rule.DefaultSeverity), rule.Title, source }.Select(Domain.Text.OneLine.Escape)));
            writer.Write('\n');
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{set.Descriptors.Count} rules\n"));
        return ExitCodes.Success;
    }

    private static int WriteBuiltIn(DirectoryInfo folder, Stream stdout, TextWriter stderr)
    {
        var sources = RuleLoader.BuiltInSources();
        var targets = sources.Select(s => (Source: s, Path: Path.Combine(folder.FullName, Path.GetFileName(s.Path)))).ToList();
        var existing = targets.Where(t => File.Exists(t.Path)).ToList();
        if (existing.Count > 0)
        {
            foreach (var (_, path) in existing)
            {
                stderr.WriteLine(Domain.Text.OneLine.Escape($"{path}: error: the file exists; nothing was written (write to an empty folder)."));
            }

            return ExitCodes.Unreadable;
        }

        try
        {
            Directory.CreateDirectory(folder.FullName);
            foreach (var (source, path) in targets)
            {
                File.WriteAllText(path, source.Text, new System.Text.UTF8Encoding(false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Domain.Text.OneLine.Escape($"{folder.FullName}: error: cannot write the rule files: {e.Message}"));
            return ExitCodes.Unreadable;
        }

        using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), leaveOpen: true);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} rule files written to {folder.FullName}; run them with: kamiyama check --rules {folder.FullName} --no-built-in\n"));
        return ExitCodes.Success;
    }
}
