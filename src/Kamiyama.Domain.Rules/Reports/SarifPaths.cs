using System.Text.Json;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>The artifact locations of a SARIF report: relative to the base folder when there is one, escaped segment by segment.</summary>
internal sealed class SarifPaths(string? baseFolder)
{
    public const string BaseId = "SRCROOT";

    private readonly string? _base = baseFolder is null ? null : Path.GetFullPath(baseFolder);

    /// <summary>Whether a path was written relative to the base folder (so the report declares <see cref="BaseId"/>).</summary>
    public bool Used { get; private set; }

    public void Write(Utf8JsonWriter json, string file)
    {
        json.WriteStartObject("artifactLocation");
        if (_base is not null && Relative(file) is { } relative)
        {
            Used = true;
            json.WriteString("uri", Escape(relative));
            json.WriteString("uriBaseId", BaseId);
        }
        else
        {
            json.WriteString("uri", Uri(file));
        }

        json.WriteEndObject();
    }

    /// <summary>The path relative to the base folder, when the file is under it (or is a relative path, taken as relative to it).</summary>
    private string? Relative(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(_base!, file);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    /// <summary>A URI for a file: relative paths stay relative references, rooted ones become file URIs; segments escaped.</summary>
    private static string Uri(string file)
    {
        var escaped = Escape(file.Replace('\\', '/'));
        return Path.IsPathRooted(file) ? "file://" + (escaped.StartsWith('/') ? escaped : "/" + escaped) : escaped;
    }

    private static string Escape(string path) =>
        string.Join('/', path.Split('/').Select(s => s.Length == 0 || s.EndsWith(':') ? s : System.Uri.EscapeDataString(s)));
}
