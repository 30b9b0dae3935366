using System.Runtime.InteropServices;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// Where each element of a document came from. Kept beside the model rather than in it, so that two documents with the
/// same content are equal wherever they were read from. Ask for an element (a sheet, an indicator) and optionally one of
/// its fields: <c>map.Find(indicator, Field.Actual)</c>.
/// </summary>
public sealed class SourceMap
{
    // Grouped by element, each group a small array of its members (the element's own position is the null field): a
    // reader records the dozen members of a sheet one after another, and one table keyed by (element, member) was the
    // largest allocation of a read.
    private readonly Dictionary<object, MemberPosition[]> _elements;

    private SourceMap(Dictionary<object, MemberPosition[]> elements, int count)
    {
        _elements = elements;
        Count = count;
    }

    /// <summary>A map that knows no positions (for documents built in code).</summary>
    public static SourceMap Empty { get; } = new(new(ReferenceEqualityComparer.Instance), 0);

    /// <summary>How many positions the map holds.</summary>
    public int Count { get; }

    /// <summary>
    /// The position of an element or of one of its members, falling back to the element's own position when the member
    /// has none; <see langword="null"/> when the element was not read from a source.
    /// </summary>
    /// <param name="element">A sheet, indicator or other element of the document (compared by reference).</param>
    /// <param name="field">A field such as <see cref="Field.Actual"/>, or <see langword="null"/> for the element itself.</param>
    /// <returns>The position, or <see langword="null"/>.</returns>
    public SourcePosition? Find(object element, Field? field = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!_elements.TryGetValue(element, out var members))
        {
            return null;
        }

        return (field is null ? null : Find(members, field)) ?? Find(members, null);
    }

    internal static SourceMap Combine(IEnumerable<SourceMap> maps)
    {
        var builder = new Builder();
        foreach (var map in maps)
        {
            foreach (var (element, members) in map._elements)
            {
                foreach (var (member, position) in members)
                {
                    builder.Add(element, position, member);
                }
            }
        }

        return builder.Build();
    }

    private static SourcePosition? Find(ReadOnlySpan<MemberPosition> members, Field? field)
    {
        foreach (var entry in members)
        {
            if (ReferenceEquals(entry.Member, field))
            {
                return entry.Position;
            }
        }

        return null;
    }

    private readonly record struct MemberPosition(Field? Member, SourcePosition Position);

    /// <summary>Collects positions for a new map; what a source (a city system's own database) uses to say where data came from.</summary>
    public sealed class Builder
    {
        // The positions of the element being added to are collected here and stored as one array when another element
        // comes; stored arrays are never changed, so a built map can share them.
        private readonly List<MemberPosition> _pending = [];
        private Dictionary<object, MemberPosition[]> _elements = new(ReferenceEqualityComparer.Instance);
        private object? _current;
        private int _count;

        // Set when a built map shares the dictionary: the next Add copies it first, so that a map never changes.
        private bool _shared;

        /// <summary>Records where an element, or one of its members, came from; the first position given wins.</summary>
        /// <param name="element">The element (compared by reference).</param>
        /// <param name="position">Where it came from.</param>
        /// <param name="field">A field such as <see cref="Field.Actual"/>, or <see langword="null"/> for the element itself.</param>
        /// <returns>This builder.</returns>
        public Builder Add(object element, SourcePosition position, Field? field = null)
        {
            ArgumentNullException.ThrowIfNull(element);
            if (!ReferenceEquals(element, _current))
            {
                Store();
                _current = element;
            }

            if (Find(CollectionsMarshal.AsSpan(_pending), field) is null)
            {
                _pending.Add(new MemberPosition(field, position));
            }

            return this;
        }

        /// <summary>The map of every position added.</summary>
        /// <returns>The map.</returns>
        public SourceMap Build()
        {
            Store();
            _shared = true;
            return new(_elements, _count);
        }

        /// <summary>Stores the pending positions of the current element, after any it already has.</summary>
        private void Store()
        {
            if (_current is null || _pending.Count == 0)
            {
                return;
            }

            if (_shared)
            {
                _elements = new Dictionary<object, MemberPosition[]>(_elements, ReferenceEqualityComparer.Instance);
                _shared = false;
            }

            if (_elements.TryGetValue(_current, out var stored))
            {
                var merged = Merge(stored, _pending);
                _count += merged.Length - stored.Length;
                _elements[_current] = merged;
            }
            else
            {
                _elements.Add(_current, [.. _pending]);
                _count += _pending.Count;
            }

            _pending.Clear();
        }

        /// <summary>The stored positions of an element and then the added ones of members it has no position for.</summary>
        private static MemberPosition[] Merge(MemberPosition[] stored, List<MemberPosition> added)
        {
            var merged = new List<MemberPosition>(stored);
            foreach (var position in added)
            {
                if (Find(stored, position.Member) is null)
                {
                    merged.Add(position);
                }
            }

            return [.. merged];
        }
    }
}
