namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// A finding's message, made only when a report reads it: the template and a copy of the report's arguments, or the
/// text made elsewhere (a worker sends its text). Most runs print few messages, and most never write English, so most
/// findings never pay for them. Equal when the texts are equal, however each was kept.
/// </summary>
internal readonly struct DeferredMessage : IEquatable<DeferredMessage>
{
    private readonly string? _text;
    private readonly string? _format;
    private readonly (string Name, object? Value)[]? _arguments;

    private DeferredMessage(string? text, string? format, (string Name, object? Value)[]? arguments) => (_text, _format, _arguments) = (text, format, arguments);

    /// <summary>None: the rule has no text in that language.</summary>
    public static DeferredMessage None => default;

    /// <summary>Whether there is a message.</summary>
    public bool HasValue => _text is not null || _format is not null;

    /// <summary>The message, or null when there is none.</summary>
    public string? Value => _text ?? (_format is null ? null : RuleDescriptor.Fill(_format, _arguments!));

    public static DeferredMessage Of(string? text) => new(text, null, null);

    /// <summary>A template and the arguments of a report, <see cref="Keep">kept</see>.</summary>
    public static DeferredMessage Of(string format, Kept arguments) => new(null, format, arguments.Values);

    /// <summary>
    /// The arguments of a report as a message keeps them, one copy for both languages' messages. Values of the
    /// framework's immutable kinds and of the model are kept as they are, in a copy of the report's array (most runs never
    /// read the messages, so they are not made yet); any other value is formatted now, while the rule runs under its
    /// guard, because its <c>ToString</c> is the rule's code and must never run later in a report.
    /// </summary>
    public static Kept Keep((string Name, object? Value)[] arguments)
    {
        // A copy, taken as the rule reports: what the rule puts into its own array afterwards is not the message's.
        var kept = ((string Name, object? Value)[])arguments.Clone();
        for (var i = 0; i < kept.Length; i++)
        {
            if (!IsKeptAsIs(kept[i].Value))
            {
                kept[i] = (kept[i].Name, RuleDescriptor.Fill("{v}", [("v", kept[i].Value)]));
            }
        }

        return new Kept(kept);
    }

    public bool Equals(DeferredMessage other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DeferredMessage other && Equals(other);

    public override int GetHashCode() => Value is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    /// <summary>Arguments whose values are all of the kinds kept as they are (or were formatted while the rule ran).</summary>
    internal readonly record struct Kept((string Name, object? Value)[] Values);

    private static bool IsKeptAsIs(object? value) =>
        value is null or string or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
        || (value.GetType() is var type && (type.Assembly == typeof(EvaluationDocument).Assembly || type.Assembly == typeof(NodaTime.Instant).Assembly) && type.IsSealed);
}
