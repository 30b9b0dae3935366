using System.Globalization;

namespace Kamiyama.Domain.Time;

/// <summary>Appends to a span and remembers whether anything did not fit, so formatting code need not check each step.</summary>
internal ref struct CharWriter
{
    private readonly Span<char> _destination;

    internal CharWriter(Span<char> destination)
    {
        _destination = destination;
    }

    internal int Written { get; private set; }

    internal bool Overflowed { get; private set; }

    internal void Append(char value)
    {
        if (Overflowed || Written >= _destination.Length)
        {
            Overflowed = true;
            return;
        }

        _destination[Written++] = value;
    }

    internal void Append(ReadOnlySpan<char> value)
    {
        if (Overflowed || !value.TryCopyTo(_destination[Written..]))
        {
            Overflowed = true;
            return;
        }

        Written += value.Length;
    }

    internal void Append(int value)
    {
        if (Overflowed || !value.TryFormat(_destination[Written..], out var written, default, CultureInfo.InvariantCulture))
        {
            Overflowed = true;
            return;
        }

        Written += written;
    }
}
