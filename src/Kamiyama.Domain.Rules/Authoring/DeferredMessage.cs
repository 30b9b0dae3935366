namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// A finding's message in another language, made only when a report reads it: the template and the report's
/// arguments, or the text made elsewhere (a worker sends its text). Most runs never write English, so most findings
/// never pay for it. Equal when the texts are equal, however each was kept.
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
    public string? Value => _text ?? (_format is null ? null : RuleDescriptor.Fill(_format, Safe(_arguments!)));

    public static DeferredMessage Of(string? text) => new(text, null, null);

    /// <summary>
    /// A template and the arguments of a report. Values of the framework's immutable kinds and of the model are kept as
    /// they are (the report's own array, not copied: most runs never read the English message); any other value is
    /// formatted now, in a copy, while the rule runs under its guard, because its <c>ToString</c> is the rule's code and
    /// must never run later in a report.
    /// </summary>
    public static DeferredMessage Of(string format, (string Name, object? Value)[] arguments)
    {
        var kept = arguments;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (!IsKeptAsIs(arguments[i].Value))
            {
                kept = ReferenceEquals(kept, arguments) ? ((string, object?)[])arguments.Clone() : kept;
                kept[i] = (arguments[i].Name, RuleDescriptor.Fill("{v}", [("v", arguments[i].Value)]));
            }
        }

        return new(null, format, kept);
    }

    /// <summary>
    /// The arguments as a report may format them: a value the rule put into its own array after it reported, of a kind
    /// that is not kept as is, is left out rather than run.
    /// </summary>
    private static (string Name, object? Value)[] Safe((string Name, object? Value)[] arguments)
    {
        foreach (var (_, value) in arguments)
        {
            if (!IsKeptAsIs(value))
            {
                return [.. arguments.Select(a => IsKeptAsIs(a.Value) ? a : (a.Name, (object?)"?"))];
            }
        }

        return arguments;
    }

    public bool Equals(DeferredMessage other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DeferredMessage other && Equals(other);

    public override int GetHashCode() => Value is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    private static bool IsKeptAsIs(object? value) =>
        value is null or string or bool or char or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal
        || (value.GetType() is var type && (type.Assembly == typeof(EvaluationDocument).Assembly || type.Assembly == typeof(NodaTime.Instant).Assembly) && type.IsSealed);
}
