using System.Globalization;

namespace Kamiyama.Domain.Text;

/// <summary>
/// Thrown by <c>Parse</c> methods when text cannot be parsed: carries the input, the zero-based position of the problem
/// and what was expected.
/// </summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The text that could not be parsed.</param>
    /// <param name="position">The zero-based position in <paramref name="input"/> where parsing failed.</param>
    /// <param name="detail">What was expected.</param>
    /// <param name="targetType">The type being parsed.</param>
    public UnparsableValueException(string input, int position, string detail, Type targetType)
        : base(string.Format(CultureInfo.InvariantCulture, Messages.UnparsableValue, input, targetType?.Name, position, detail))
    {
        Input = input;
        Position = position;
        Detail = detail;
        TargetType = targetType ?? typeof(object);
    }

    /// <summary>The text that could not be parsed.</summary>
    public string Input { get; }

    /// <summary>The zero-based position in <see cref="Input"/> where parsing failed.</summary>
    public int Position { get; }

    /// <summary>What was expected, without the input and position.</summary>
    public string Detail { get; }

    /// <summary>The type being parsed.</summary>
    public Type TargetType { get; }
}
