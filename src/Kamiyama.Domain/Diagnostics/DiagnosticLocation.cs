using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Diagnostics;

/// <summary>
/// Where a diagnostic is: the source position when the data came from a file, the logical path in the document when it
/// is about a part of one (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>), and a label saying what the place is
/// to the diagnostic (目標, 実績, 理由). Written as the position (<c>file(line,col)</c>), or the path when there is none.
/// </summary>
/// <remarks>
/// Locations the rule engine makes spell out their path only when it is first read: a large run makes thousands of findings
/// whose paths most hosts never print. Equality compares the path, the position and the label, however made.
/// </remarks>
public sealed record DiagnosticLocation
{
    private readonly ILogicalPath? _owner;
    private readonly string? _member;
    private string? _path;

    /// <summary>Creates a location.</summary>
    /// <param name="path">The logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>); empty when the diagnostic is about a file rather than a part of a document.</param>
    /// <param name="position">The source position, when known.</param>
    /// <param name="label">What this location is to the diagnostic (目標, 実績, 理由), for related locations.</param>
    public DiagnosticLocation(string path, SourcePosition? position, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        Position = position;
        Label = label;
    }

    /// <summary>A location at a place in a file, with no logical path.</summary>
    /// <param name="position">The source position.</param>
    public DiagnosticLocation(SourcePosition position)
        : this(string.Empty, position)
    {
    }

    /// <summary>A location at a subject, or at one of its members (by its label: 実績), whose path is made when read.</summary>
    internal DiagnosticLocation(ILogicalPath owner, string? member, SourcePosition? position, string? label)
    {
        _owner = owner;
        _member = member;
        Position = position;
        Label = label;
    }

    /// <summary>The logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>); empty when there is none.</summary>
    public string Path
    {
        get => _path ??= _member is null ? _owner!.Path : string.Concat(_owner!.Path, "/", _member);
        init => _path = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The source position, when known.</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>What this location is to the diagnostic (目標, 実績, 理由), for related locations.</summary>
    public string? Label { get; init; }

    /// <summary>The field of the model it points at (<see cref="Field.CostActual"/>), when a rule named one; its label ends the path.</summary>
    public Field? Field { get; init; }

    /// <summary>Takes the location apart.</summary>
    /// <param name="path">The logical path.</param>
    /// <param name="position">The source position, when known.</param>
    /// <param name="label">The label.</param>
    public void Deconstruct(out string path, out SourcePosition? position, out string? label) => (path, position, label) = (Path, Position, Label);

    /// <inheritdoc />
    public bool Equals(DiagnosticLocation? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Position == other.Position && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Position, Label);

    /// <summary>The position as compilers write it (<c>file(line,col)</c>), or the logical path when there is no position.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Position?.ToString() ?? Path;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path).Append(", Position = ").Append(Position?.ToString()).Append(", Label = ").Append(Label);
        return true;
    }
}
