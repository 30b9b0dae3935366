using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as a report shows it under its options, the same for every format: the rules' English texts and the
/// findings' English messages when the report is in English (where the rule has them), and every file path relative
/// to the base folder when there is one.
/// </summary>
internal static class ReportView
{
    public static RuleRun Prepare(RuleRun run, ReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= ReportOptions.Default;
        var english = options.Language == ReportLanguage.English;
        var folder = options.BaseFolder is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : null;
        if (!english && folder is null)
        {
            return run;
        }

        SourcePosition? Position(SourcePosition? position) =>
            folder is not null && position is { } p && Relative(p.File, folder) is { } relative ? p with { File = relative } : position;
        DiagnosticLocation Location(DiagnosticLocation location) =>
            location.Position is { } p && Position(p) is { } moved && moved != p ? location with { Position = moved } : location;

        // The reader, the loader and the engine name files in their messages too (a fiscal year that conflicts with
        // another file's, a file that cannot be read): those under the base folder lose its part. A rule's message is
        // the rule's own text, about the document, and is left as it is.
        var prefix = folder is null ? null : Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        string Text(string message) => prefix is not null && message.Contains(prefix, StringComparison.Ordinal)
            ? message.Replace(prefix, string.Empty, StringComparison.Ordinal)
            : message;

        return run.Map(
            rule => english && rule.English is { } text ? rule with { Title = text.Title, MessageFormat = text.MessageFormat, Description = text.Description } : rule,
            finding => finding with
            {
                Message = english && finding.EnglishMessage is { } message ? message : finding.Message,
                Location = Location(finding.Location),
                Related = folder is null ? finding.Related : finding.Related.Select(Location).ToValueArray(),
            },
            diagnostic => folder is null ? diagnostic : diagnostic with { Location = Location(diagnostic.Location), Message = Text(diagnostic.Message) },
            outcome => folder is null ? outcome : outcome with { Position = Position(outcome.Position), Error = outcome.Error is null ? null : Text(outcome.Error) });
    }

    /// <summary>
    /// A file's path relative to the folder, with <c>/</c> between its parts: a relative path is taken from the current
    /// folder first, as the file was opened; null for a file outside the folder.
    /// </summary>
    private static string? Relative(string file, string folder)
    {
        string relative;
        try
        {
            relative = Path.GetRelativePath(folder, Path.IsPathRooted(file) ? file : Path.GetFullPath(file));
        }
        catch (ArgumentException)
        {
            return null; // not a path at all (a source's name with characters a path cannot have)
        }

        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }
}
