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
            folder is not null && position is { } p && RelativePath(p.File, folder) is { } relative ? p with { File = relative } : position;
        DiagnosticLocation Location(DiagnosticLocation location) =>
            location.Position is { } p && Position(p) is { } moved && moved != p ? location with { Position = moved } : location;

        return run.Map(
            rule => english && rule.English is { } text ? rule with { Title = text.Title, MessageFormat = text.MessageFormat, Description = text.Description } : rule,
            finding => finding with
            {
                Message = english && finding.EnglishMessage is { } message ? message : finding.Message,
                Location = Location(finding.Location),
                Related = folder is null ? finding.Related : finding.Related.Select(Location).ToValueArray(),
            },
            diagnostic => folder is null ? diagnostic : diagnostic with { Location = Location(diagnostic.Location) },
            outcome => folder is null ? outcome : outcome with { Position = Position(outcome.Position) });
    }

    /// <summary>
    /// A rooted path under the folder, relative to it with <c>/</c> between its parts; null for a path outside it or one
    /// that is relative already.
    /// </summary>
    public static string? RelativePath(string file, string folder)
    {
        if (!Path.IsPathRooted(file))
        {
            return null;
        }

        var relative = Path.GetRelativePath(folder, file);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }
}
