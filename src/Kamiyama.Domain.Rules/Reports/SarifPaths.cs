using System.Text.Json;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The artifact locations of a SARIF report, escaped segment by segment: relative to the base folder when there is one,
/// and every relative reference with the <c>uriBaseId</c> it is relative to (§3.4.4), the base folder or, without one,
/// the folder the run's relative paths were read from; a rooted path outside the base folder is a <c>file:</c> URI.
/// </summary>
internal sealed class SarifPaths(string? baseFolder)
{
    public const string BaseId = "SRCROOT";

    private readonly string? _base = baseFolder is null ? null : Path.GetFullPath(baseFolder);

    /// <summary>Whether a path was written as a relative reference (so the report declares <see cref="BaseId"/>).</summary>
    public bool Used { get; private set; }

    public void Write(Utf8JsonWriter json, string file)
    {
        json.WriteStartObject("artifactLocation");
        if (Relative(file) is { } relative)
        {
            Used = true;
            json.WriteString("uri", Escape(relative, rooted: false));
            json.WriteString("uriBaseId", BaseId);
        }
        else
        {
            json.WriteString("uri", FileUri(file));
        }

        json.WriteEndObject();
    }

    /// <summary>The path relative to the base folder, when the file is under it, or a relative path as it is.</summary>
    private string? Relative(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file.Replace('\\', '/');
        }

        if (_base is null)
        {
            return null;
        }

        var relative = Path.GetRelativePath(_base, file);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
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
