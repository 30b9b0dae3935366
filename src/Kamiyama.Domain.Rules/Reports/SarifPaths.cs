using System.Text.Json;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The artifact locations of a SARIF report, escaped segment by segment: every relative path (the report's view has
/// made those under the base folder relative to it, <see cref="ReportView"/>) as a relative reference with the
/// <c>uriBaseId</c> it is relative to (§3.4.4), the base folder or, without one, the folder the run's relative paths
/// were read from; a rooted path (outside the base folder) as a <c>file:</c> URI.
/// </summary>
internal sealed class SarifPaths
{
    public const string BaseId = "SRCROOT";

    /// <summary>Whether a path was written as a relative reference (so the report declares <see cref="BaseId"/>).</summary>
    public bool Used { get; private set; }

    public void Write(Utf8JsonWriter json, string file)
    {
        json.WriteStartObject("artifactLocation");
        if (!Path.IsPathRooted(file))
        {
            Used = true;
            json.WriteString("uri", Escape(file.Replace('\\', '/'), rooted: false));
            json.WriteString("uriBaseId", BaseId);
        }
        else
        {
            json.WriteString("uri", FileUri(file));
        }

        json.WriteEndObject();
    }

    /// <summary>The file URI of a rooted path, segments escaped.</summary>
    private static string FileUri(string file)
    {
        var escaped = Escape(file.Replace('\\', '/'), rooted: true);
        return "file://" + (escaped.StartsWith('/') ? escaped : "/" + escaped);
    }

    /// <summary>
    /// Each segment escaped, but a drive (<c>C:</c>) of a rooted path; in a relative reference even a colon is, or its first
    /// segment (<c>a:b/c.txt</c>) would read as a URI scheme.
    /// </summary>
    private static string Escape(string path, bool rooted) =>
        string.Join('/', path.Split('/').Select(s => s.Length == 0 || (rooted && s.EndsWith(':')) ? s : System.Uri.EscapeDataString(s)));
}
