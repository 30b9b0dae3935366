using System.Globalization;
using System.Text.Json;

namespace Kamiyama.Domain.Json;

/// <summary>
/// What the reader throws for input it cannot read: a <see cref="JsonException"/> whose <see cref="JsonException.Path"/>,
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (0-based, as
/// System.Text.Json reports them) say where, and whose message adds the 1-based line and column an editor shows.
/// <see cref="JsonSheetSource"/> turns it into a diagnostic.
/// </summary>
internal sealed class JsonReadException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="detail">The path and what was expected (<c>$.sheets[0]: Missing required property 'department'.</c>).</param>
    /// <param name="path">The JSON path.</param>
    /// <param name="position">The 1-based line and UTF-16 column, when the input's text is at hand.</param>
    /// <param name="jsonPosition">The 0-based line and byte in line, when the input's text is at hand.</param>
    internal JsonReadException(string detail, string path, (int Line, int Column)? position, (long Line, long BytePositionInLine)? jsonPosition)
        : base(
            position is { } p ? string.Format(CultureInfo.InvariantCulture, JsonMessages.WithPosition, detail, p.Line, p.Column) : detail,
            path,
            jsonPosition?.Line,
            jsonPosition?.BytePositionInLine)
    {
        Detail = detail;
        Line = position?.Line;
        Column = position?.Column;
    }

    /// <summary>The message without the position: the path and what was expected.</summary>
    internal string Detail { get; }

    /// <summary>The 1-based line, when the input's text was at hand.</summary>
    internal int? Line { get; }

    /// <summary>The 1-based column in UTF-16 code units, when the input's text was at hand.</summary>
    internal int? Column { get; }
}
