using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Reads a JSON number token under the same rule of exactness as the published text (<see cref="DecimalDigits"/>):
/// exponent notation is valid JSON and is accepted when the value is held exactly, with the scale the number has when
/// written in full (1.5e1 is 15, 1.50e1 is 15.0, 25e-2 is 0.25); 1e400 and 1e-400 are refused, never rounded to a
/// neighbour or to zero as <see cref="System.Text.Json.Utf8JsonReader.TryGetDecimal(out decimal)"/> would.
/// </summary>
internal static class JsonNumber
{
    // Beyond any scale or size a decimal holds; clamping keeps the arithmetic in range for absurd exponents.
    private const long ExponentLimit = 1_000_000;

    /// <summary>
    /// Reads a token the JSON reader has already validated (<c>-?digits(.digits)?([eE][+-]?digits)?</c>). Returns null
    /// on success, or <see cref="Messages.NumberTooLarge"/> or <see cref="Messages.NumberNotExact"/>.
    /// </summary>
    internal static string? TryRead(ReadOnlySpan<byte> token, out decimal value)
    {
        var i = 0;
        var negative = i < token.Length && token[i] == '-';
        if (negative)
        {
            i++;
        }

        var digits = default(DecimalDigits);
        for (; i < token.Length && token[i] is not ((byte)'e' or (byte)'E'); i++)
        {
            if (token[i] == '.')
            {
                digits.Point();
            }
            else
            {
                digits.Add(token[i] - '0');
            }
        }

        long exponent = 0;
        if (i < token.Length)
        {
            i++;
            var negativeExponent = i < token.Length && token[i] == '-';
            if (i < token.Length && token[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            for (; i < token.Length; i++)
            {
                exponent = Math.Min(ExponentLimit, (exponent * 10) + (token[i] - '0'));
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        return digits.TryGetValue(negative, exponent, out value);
    }
}
