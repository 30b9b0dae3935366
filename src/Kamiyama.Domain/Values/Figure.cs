namespace Kamiyama.Domain.Values;

/// <summary>
/// A cell of a sheet that holds a typed value (<see cref="Budget.Money"/>, <see cref="Budget.PersonYears"/>), a
/// not-applicable mark (—) or nothing. Keeps the three apart, so that "—" and an empty cell survive a round trip.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct Figure<T> : IEquatable<Figure<T>>
    where T : struct, IEquatable<T>
{
    private readonly T _value;

    private Figure(FigureKind kind, T value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>An empty cell (the default).</summary>
    public static Figure<T> Blank => default;

    /// <summary>A cell marked not applicable (—, －).</summary>
    public static Figure<T> NotApplicable => new(FigureKind.NotApplicable, default);

    /// <summary>What the cell holds.</summary>
    public FigureKind Kind { get; }

    /// <summary>Whether the cell holds a value.</summary>
    public bool HasValue => Kind == FigureKind.Value;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The cell is blank or not applicable.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException($"The cell is {Kind}, not a value.");

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Figure<T>(T value) => Of(value);

    /// <summary>Whether two cells hold the same.</summary>
    public static bool operator ==(Figure<T> left, Figure<T> right) => left.Equals(right);

    /// <summary>Whether two cells differ.</summary>
    public static bool operator !=(Figure<T> left, Figure<T> right) => !left.Equals(right);

    /// <summary>A cell holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell.</returns>
    public static Figure<T> Of(T value) => new(FigureKind.Value, value);

    /// <summary>The value, or <see langword="null"/> when the cell holds none.</summary>
    /// <returns>The value or <see langword="null"/>.</returns>
    public T? GetValueOrNull() => HasValue ? _value : null;

    /// <summary>Gets the value when the cell holds one.</summary>
    /// <param name="value">The value, or the default.</param>
    /// <returns>Whether the cell holds a value.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return HasValue;
    }

    /// <inheritdoc />
    public bool Equals(Figure<T> other) => Kind == other.Kind && (!HasValue || _value.Equals(other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Figure<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? HashCode.Combine(Kind, _value) : Kind.GetHashCode();

    /// <summary>The value's text, "—" when not applicable, empty when blank.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FigureKind.Value => _value.ToString() ?? string.Empty,
        FigureKind.NotApplicable => "—",
        _ => string.Empty,
    };
}
