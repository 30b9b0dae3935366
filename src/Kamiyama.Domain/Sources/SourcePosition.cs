using System.Globalization;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// Where something was read from: a file (or source name), a 1-based line and a 1-based column (in UTF-16 code units,
/// as editors count for Japanese text). Written <c>file(line,col)</c>, the form compilers use.
/// </summary>
/// <param name="File">The file or source name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourcePosition(string File, int Line, int Column) : IComparable<SourcePosition>
{
    /// <inheritdoc />
    public int CompareTo(SourcePosition other)
    {
        var c = string.CompareOrdinal(File, other.File);
        c = c != 0 ? c : Line.CompareTo(other.Line);
        return c != 0 ? c : Column.CompareTo(other.Column);
    }

    /// <summary>The position as compilers write it: <c>kaminoyama-r4-chapter5.txt(230,38)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})");
}
