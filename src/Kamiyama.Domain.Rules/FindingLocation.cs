namespace Kamiyama.Domain.Rules;

/// <summary>Where a finding is: a logical path, the source position when the data came from a file, and a label.</summary>
/// <remarks>
/// Locations the engine makes spell out their path only when it is first read: a large run makes thousands of findings
/// whose paths most hosts never print. Equality compares the path, the position and the label, however made.
/// </remarks>
public sealed record FindingLocation
{
    private readonly Subject? _owner;
    private readonly string? _member;
    private string? _path;

    /// <summary>Creates a location.</summary>
    /// <param name="path">The logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>).</param>
    /// <param name="position">The source position, when known.</param>
    /// <param name="label">What this location is to the finding (目標, 実績, 理由), for related locations.</param>
    public FindingLocation(string path, Sources.SourcePosition? position, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        Position = position;
        Label = label;
    }

    /// <summary>A location at a subject, or at one of its members (by its label: 実績), whose path is made when read.</summary>
    internal FindingLocation(Subject owner, string? member, Sources.SourcePosition? position, string? label)
    {
        _owner = owner;
        _member = member;
        Position = position;
        Label = label;
    }

    /// <summary>The logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>).</summary>
    public string Path
    {
        get => _path ??= _member is null ? _owner!.Path : string.Concat(_owner!.Path, "/", _member);
        init => _path = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The source position, when known.</summary>
    public Sources.SourcePosition? Position { get; init; }

    /// <summary>What this location is to the finding (目標, 実績, 理由), for related locations.</summary>
    public string? Label { get; init; }

    /// <summary>Takes the location apart.</summary>
    /// <param name="path">The logical path.</param>
    /// <param name="position">The source position, when known.</param>
    /// <param name="label">The label.</param>
    public void Deconstruct(out string path, out Sources.SourcePosition? position, out string? label) => (path, position, label) = (Path, Position, Label);

    /// <inheritdoc />
    public bool Equals(FindingLocation? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Position == other.Position && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Position, Label);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path).Append(", Position = ").Append(Position?.ToString()).Append(", Label = ").Append(Label);
        return true;
    }
}
