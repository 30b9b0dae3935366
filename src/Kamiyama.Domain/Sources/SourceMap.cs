namespace Kamiyama.Domain.Sources;

/// <summary>
/// Where each element of a document came from. Kept beside the model rather than in it, so that two documents with the
/// same content are equal wherever they were read from. Ask for an element (a sheet, an indicator) and optionally one of
/// its members: <c>map.Find(indicator, nameof(Indicator.Actual))</c>.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<Key, SourcePosition> _positions;

    internal SourceMap(Dictionary<Key, SourcePosition> positions) => _positions = positions;

    /// <summary>A map that knows no positions (for documents built in code).</summary>
    public static SourceMap Empty { get; } = new([]);

    /// <summary>How many positions the map holds.</summary>
    public int Count => _positions.Count;

    /// <summary>
    /// The position of an element or of one of its members, falling back to the element's own position when the member
    /// has none; <see langword="null"/> when the element was not read from a source.
    /// </summary>
    /// <param name="element">A sheet, indicator or other element of the document (compared by reference).</param>
    /// <param name="member">A member name such as <c>nameof(Indicator.Actual)</c>, or <see langword="null"/> for the element itself.</param>
    /// <returns>The position, or <see langword="null"/>.</returns>
    public SourcePosition? Find(object element, string? member = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (member is not null && _positions.TryGetValue(new Key(element, member), out var exact))
        {
            return exact;
        }

        return _positions.TryGetValue(new Key(element, string.Empty), out var own) ? own : null;
    }

    internal static SourceMap Combine(IEnumerable<SourceMap> maps)
    {
        var positions = new Dictionary<Key, SourcePosition>();
        foreach (var map in maps)
        {
            foreach (var (key, position) in map._positions)
            {
                positions.TryAdd(key, position);
            }
        }

        return new SourceMap(positions);
    }

    internal readonly record struct Key(object Element, string Member)
    {
        public bool Equals(Key other) => ReferenceEquals(Element, other.Element) && string.Equals(Member, other.Member, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Element), StringComparer.Ordinal.GetHashCode(Member));
    }

    /// <summary>Collects positions for a new map; what a source (a city system's own database) uses to say where data came from.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<Key, SourcePosition> _positions = [];

        /// <summary>Records where an element, or one of its members, came from; the first position given wins.</summary>
        /// <param name="element">The element (compared by reference).</param>
        /// <param name="position">Where it came from.</param>
        /// <param name="member">A member name such as <c>nameof(Indicator.Actual)</c>, or <see langword="null"/>.</param>
        /// <returns>This builder.</returns>
        public Builder Add(object element, SourcePosition position, string? member = null)
        {
            ArgumentNullException.ThrowIfNull(element);
            _positions.TryAdd(new Key(element, member ?? string.Empty), position);
            return this;
        }

        /// <summary>The map of every position added.</summary>
        /// <returns>The map.</returns>
        public SourceMap Build() => new(new Dictionary<Key, SourcePosition>(_positions));
    }
}
