namespace Kamiyama.Domain.Rules.Reports;

/// <summary>How a SARIF report names its tool and its files.</summary>
public sealed record SarifOptions
{
    /// <summary>The tool's name in <c>tool.driver.name</c> (<c>kamiyama</c>; a host puts its own).</summary>
    public string ToolName { get; init; } = "kamiyama";

    /// <summary>The tool's version in <c>tool.driver.version</c>.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>Where people learn about the tool (<c>tool.driver.informationUri</c>), an absolute URI; none when null.</summary>
    public Uri? InformationUri { get; init; }

    /// <summary>
    /// The folder the report's file paths are relative to: a file under it is written relative to it, with the
    /// <c>uriBaseId</c> <c>SRCROOT</c> (whose location the report does not tell), so a report names no folder of the
    /// machine that wrote it. Null: paths as the run has them, a relative one with <c>SRCROOT</c> for the folder it was
    /// read from, a rooted one as a <c>file:</c> URI.
    /// </summary>
    public string? BaseFolder { get; init; }
}
