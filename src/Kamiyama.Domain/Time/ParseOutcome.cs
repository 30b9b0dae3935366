using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Time;

/// <summary>
/// What a parsing core found, without the input string: lets span-based <c>TryParse</c> succeed without allocating,
/// and becomes a <see cref="ParseResult{T}"/> only when a caller wants one.
/// </summary>
internal readonly struct ParseOutcome<T>
{
    private ParseOutcome(T value, string? warning, int position, string? error)
    {
        Value = value;
        Warning = warning;
        Position = position;
        Error = error;
    }

    internal T Value { get; }

    internal string? Warning { get; }

    internal int Position { get; }

    internal string? Error { get; }

    internal bool Succeeded => Error is null;

    internal static ParseOutcome<T> Succeed(T value, string? warning = null) => new(value, warning, 0, null);

    internal static ParseOutcome<T> Fail(int position, string error) => new(default!, null, position, error);

    internal ParseResult<T> ToResult(string input) => Error is null
        ? ParseResult<T>.ForValue(Value, input, Warning is null ? default : [Warning])
        : ParseResult<T>.ForError(input, Position, Error);
}
