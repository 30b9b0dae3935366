using System.Text;
using System.Text.Json;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// Reports write to their stream as they go: a report of a national document is hundreds of megabytes, and building it
/// whole (a JSON writer's buffer, a string) before the first byte leaves would hold all of it in memory at once.
/// </summary>
internal static class ReportStreaming
{
    /// <summary>How much a report holds before it writes: large enough that a small report is one write.</summary>
    internal const int Chunk = 64 * 1024;

    /// <summary>Writes what a JSON writer holds once it holds a chunk.</summary>
    internal static void Pace(Utf8JsonWriter json)
    {
        if (json.BytesPending >= Chunk)
        {
            json.Flush();
        }
    }

    /// <summary>Writes what a text holds once it holds a chunk, and empties it.</summary>
    internal static void Pace(StringBuilder text, TextWriter writer)
    {
        if (text.Length >= Chunk)
        {
            writer.Write(text);
            text.Clear();
        }
    }
}
