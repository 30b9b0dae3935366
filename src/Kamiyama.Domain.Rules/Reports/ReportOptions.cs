namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// How a report is written, the same for every format: its language, the folder its file paths are relative to, and
/// how it names the tool (SARIF's <c>tool.driver</c>, JUnit's properties). The defaults write Japanese, with paths as
/// the run has them.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: Japanese, paths as the run has them, the tool named <c>kamiyama</c>.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// The language of the report's own words and of the rules' titles, messages and descriptions (a rule without
    /// <see cref="Authoring.RuleDescriptor.English"/> keeps its Japanese ones). Numbers, dates, ids, codes and the
    /// formats' keywords are the same in every language.
    /// </summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Japanese;

    /// <summary>
    /// The folder the report's file paths are relative to: a file under it is written relative to it, with
    /// <c>/</c> between folders, so a report names no folder of the machine that wrote it (SARIF adds the
    /// <c>uriBaseId</c> <c>SRCROOT</c>, whose location it does not tell). A file outside it keeps its path. Null: paths as
    /// the run has them (in SARIF a rooted one becomes a <c>file:</c> URI).
    /// </summary>
    public string? BaseFolder { get; init; }

    /// <summary>The tool's name (<c>kamiyama</c>; a host puts its own).</summary>
    public string ToolName { get; init; } = "kamiyama";

    /// <summary>The tool's version.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>Where people learn about the tool (SARIF's <c>tool.driver.informationUri</c>); none when null.</summary>
    public Uri? InformationUri { get; init; }
}
