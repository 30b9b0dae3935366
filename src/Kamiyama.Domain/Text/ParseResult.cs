using System.Diagnostics.CodeAnalysis;

namespace Kamiyama.Domain.Text;

/// <summary>
/// The outcome of parsing text into a <typeparamref name="T"/>: either a value (perhaps with warnings, in lenient modes)
/// or an error with the input, the zero-based position where parsing failed and a message. Never throws for bad input.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, string input, ValueArray<string> warnings)
    {
        _value = value;
        Input = input;
        Warnings = warnings;
        Success = true;
    }

    private ParseResult(string input, int position, string message)
    {
        _value = default!;
        Input = input;
        Position = position;
        Message = message;
    }

    /// <summary>Whether parsing produced a value.</summary>
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success { get; }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The zero-based position in <see cref="Input"/> where parsing failed; 0 on success.</summary>
    public int Position { get; }

    /// <summary>What was expected, when parsing failed; <see langword="null"/> on success.</summary>
    public string? Message { get; }

    /// <summary>Problems that a lenient parse accepted (for example an era label past the era's end); empty otherwise.</summary>
    public ValueArray<string> Warnings { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="UnparsableValueException">Parsing failed.</exception>
    public T Value => Success ? _value : throw Exception;

    /// <summary>The exception that describes the failure.</summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded.</exception>
    public UnparsableValueException Exception => Success
        ? throw new InvalidOperationException("The parse succeeded; there is no exception.")
        : new UnparsableValueException(Input, Position, Message, typeof(T));

    /// <summary>The parsed value, or an <see cref="UnparsableValueException"/> when parsing failed.</summary>
    /// <returns>The value.</returns>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when parsing succeeded, or <paramref name="failureValue"/> otherwise.</summary>
    /// <param name="failureValue">The value to return on failure.</param>
    /// <param name="result">The parsed value or <paramref name="failureValue"/>.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = Success ? _value : failureValue;
        return Success;
    }

    /// <summary>Projects a successful value, keeping warnings; a failure stays a failure.</summary>
    /// <typeparam name="TTarget">The projected type.</typeparam>
    /// <param name="projection">The projection of the value.</param>
    /// <returns>The projected result.</returns>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return Success
            ? ParseResult<TTarget>.ForValue(projection(_value), Input, Warnings)
            : ParseResult<TTarget>.ForError(Input, Position, Message);
    }

    /// <inheritdoc />
    public override string ToString() => Success
        ? $"Success: {_value}"
        : $"Failure at {Position}: {Message}";

    internal static ParseResult<T> ForValue(T value, string input, ValueArray<string> warnings = default) => new(value, input, warnings);

    internal static ParseResult<T> ForError(string input, int position, string message) =>
        new(input, position, message);
}
