using System.Text;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Turns byte offsets into UTF-8 JSON into 1-based lines and columns, columns counted in UTF-16 code units as
/// <see cref="Sources.SourcePosition"/> and editors count them (a byte offset would put every Japanese character at
/// three columns). Lines end at LF, as <see cref="System.Text.Json.Utf8JsonReader"/> counts them.
/// </summary>
internal sealed class LineIndex
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly int[] _lineStarts;

    internal LineIndex(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        var starts = new List<int> { 0 };
        var span = utf8.Span;
        for (var i = span.IndexOf((byte)'\n'); i >= 0; i = span.IndexOf((byte)'\n'))
        {
            starts.Add(starts[^1] + i + 1);
            span = span[(i + 1)..];
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    internal (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _utf8.Length);
        var line = Array.BinarySearch(_lineStarts, clamped);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, Column(line, clamped));
    }

    /// <summary>The 1-based line and column of a position as <see cref="System.Text.Json.JsonException"/> gives it (0-based line, byte in line).</summary>
    internal (int Line, int Column) Locate(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Length - 1);
        var offset = (int)Math.Clamp(_lineStarts[line] + bytePositionInLine, _lineStarts[line], _utf8.Length);
        return (line + 1, Column(line, offset));
    }

    /// <summary>The 0-based line and byte within it of a byte offset, as <see cref="System.Text.Json.JsonException"/> reports them.</summary>
    internal (long Line, long BytePositionInLine) ToJsonPosition(long offset)
    {
        var (line, _) = Locate(offset);
        return (line - 1, Math.Clamp(offset, 0, _utf8.Length) - _lineStarts[line - 1]);
    }

    private int Column(int line, int offset) =>
        Encoding.UTF8.GetCharCount(_utf8.Span[_lineStarts[line]..offset]) + 1;
}
