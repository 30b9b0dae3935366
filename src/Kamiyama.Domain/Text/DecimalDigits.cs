namespace Kamiyama.Domain.Text;

/// <summary>
/// The digits of a number as it is written, collected one by one, and the <see cref="decimal"/> that holds them
/// exactly — or why none does. This is the one rule of exactness both readers (the published text and JSON) apply: a
/// value has at most 28 digits after the decimal point and a mantissa of at most 2⁹⁶ − 1 (28–29 digits), keeps the scale
/// it was written with (17.0 stays 17.0), and is never rounded.
/// </summary>
internal struct DecimalDigits
{
    // UInt128 holds any 38 digits; the first 38 significant digits decide everything a decimal can hold.
    private const int HeadCapacity = 38;
    private const int MaxScale = 28;
    private const int MaxDigits = 29;
    private static readonly UInt128 MaxMantissa = (UInt128.One << 96) - 1;

    private UInt128 _head;
    private int _headDigits;
    private long _significant;
    private long _fraction;
    private bool _pastPoint;

    /// <summary>Adds the next digit (0–9) as written.</summary>
    internal void Add(int digit)
    {
        if (_pastPoint)
        {
            _fraction++;
        }

        if (_significant == 0 && digit == 0)
        {
            return;
        }

        _significant++;
        if (_headDigits < HeadCapacity)
        {
            _head = (_head * 10) + (uint)digit;
            _headDigits++;
        }
    }

    /// <summary>Marks the decimal point: the digits that follow are the fraction.</summary>
    internal void Point() => _pastPoint = true;

    /// <summary>
    /// The value of the digits times 10^<paramref name="exponent"/>, with the scale the number has when written in full
    /// (1.50e1 is 15.0, 1e-2 is 0.01). Returns null on success, or <see cref="Messages.NumberTooLarge"/> (the whole part
    /// exceeds <see cref="decimal.MaxValue"/>) or <see cref="Messages.NumberNotExact"/> (a decimal would round it).
    /// </summary>
    internal readonly string? TryGetValue(bool negative, long exponent, out decimal value)
    {
        value = 0;
        var scale = _fraction - exponent;
        if (_significant == 0)
        {
            if (scale > MaxScale)
            {
                return Messages.NumberNotExact;
            }

            value = new decimal(0, 0, 0, false, (byte)Math.Max(0, scale));
            return null;
        }

        var appended = scale < 0 ? -scale : 0;
        scale = Math.Max(0, scale);
        var digits = _significant + appended;
        var wholeDigits = digits - scale;
        if (wholeDigits > MaxDigits || (wholeDigits == MaxDigits && Leading(MaxDigits) > MaxMantissa))
        {
            return Messages.NumberTooLarge;
        }

        if (scale > MaxScale || digits > MaxDigits)
        {
            return Messages.NumberNotExact;
        }

        var mantissa = Leading((int)digits);
        if (mantissa > MaxMantissa)
        {
            return Messages.NumberNotExact;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
        return null;
    }

    /// <summary>The first <paramref name="count"/> (≤ 38) significant digits, with zeros after the last one written.</summary>
    private readonly UInt128 Leading(int count)
    {
        var result = _head;
        for (var i = _headDigits; i > count; i--)
        {
            result /= 10;
        }

        for (var i = _headDigits; i < count; i++)
        {
            result *= 10;
        }

        return result;
    }
}
