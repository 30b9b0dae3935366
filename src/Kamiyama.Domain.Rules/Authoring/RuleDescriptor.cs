using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// What a rule is: a stable id (<c>KMY001</c>), a title, a default severity, a category, a message template with named
/// placeholders (<c>「{indicator}」の実績 {actual} が目標 {target} と異なりますが、理由がありません。</c>), a description and an
/// optional help link. A rule script declares its own.
/// </summary>
public sealed partial record RuleDescriptor
{
    /// <summary>The stable id: two to five capital letters and three or four digits (<c>KMY001</c>, <c>CITY0042</c>).</summary>
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The severity of its findings unless configuration overrides it.</summary>
    public required DiagnosticSeverity DefaultSeverity { get; init; }

    /// <summary>A category for grouping (理由, 事業費, 目標, 構成 …).</summary>
    public required string Category { get; init; }

    /// <summary>The message template; <c>{name}</c> placeholders are filled from the arguments of each finding.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public required string Description { get; init; }

    /// <summary>Where to read more, if anywhere.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>
    /// The title, message template and description in English, for reports written in English
    /// (<c>ReportLanguage.English</c>, <c>--culture en</c>); without them those reports keep the Japanese ones. The English
    /// template may use only the placeholders of <see cref="MessageFormat"/>.
    /// </summary>
    public RuleTranslation? English { get; init; }

    /// <summary>The placeholders of <see cref="MessageFormat"/>, in order of first appearance.</summary>
    public ValueArray<string> Placeholders => PlaceholdersOf(MessageFormat);

    /// <summary>The placeholders of a message template, in order of first appearance.</summary>
    internal static ValueArray<string> PlaceholdersOf(string format) => [.. Placeholder().Matches(format).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Problems with the descriptor (an id of the wrong shape, an empty field); empty when it is valid.</summary>
    /// <returns>The problems.</returns>
    public ValueArray<string> Validate()
    {
        var problems = new List<string>();
        if (!IdShape().IsMatch(Id ?? string.Empty))
        {
            problems.Add($"The rule id '{Id}' must be two to five capital letters and three or four digits, such as KMY001.");
        }

        foreach (var (name, value) in new[] { (nameof(Title), Title), (nameof(Category), Category), (nameof(MessageFormat), MessageFormat), (nameof(Description), Description) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"The rule {Id} has an empty {name}.");
            }
        }

        if (English is { } english)
        {
            foreach (var (name, value) in new[] { (nameof(english.Title), english.Title), (nameof(english.MessageFormat), english.MessageFormat), (nameof(english.Description), english.Description) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"The rule {Id} has an empty English {name}.");
                }
            }

            var placeholders = Placeholders;
            foreach (var name in PlaceholdersOf(english.MessageFormat ?? string.Empty).Where(n => !placeholders.Contains(n)))
            {
                problems.Add($"The English message of {Id} has the placeholder {{{name}}}, which its message ({MessageFormat}) does not have.");
            }
        }

        if (!Enum.IsDefined(DefaultSeverity))
        {
            problems.Add($"The rule {Id} has an unknown severity {DefaultSeverity}.");
        }

        return problems.ToValueArray();
    }

    /// <summary>Fills the message template; a placeholder without an argument is left as written.</summary>
    /// <param name="arguments">The values by placeholder name.</param>
    /// <returns>The message.</returns>
    public string Format(IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Fill(MessageFormat, new TextArguments(arguments));
    }

    /// <summary>The messages of a report in both languages, made when a report reads them, from one kept copy of the arguments.</summary>
    internal (DeferredMessage Japanese, DeferredMessage English) Defer((string Name, object? Value)[] arguments)
    {
        var kept = DeferredMessage.Keep(arguments);
        return (DeferredMessage.Of(MessageFormat, kept), English is { MessageFormat: { } format } ? DeferredMessage.Of(format, kept) : DeferredMessage.None);
    }

    /// <summary>
    /// Fills a template from named values, formatted with the invariant culture (the last value of a repeated name wins); a
    /// placeholder without a value is left as written.
    /// </summary>
    internal static string Fill(string format, ReadOnlySpan<(string Name, object? Value)> arguments) => Fill(format, new ValueArguments(arguments));

    // A plain scan rather than a regular expression, into a reused builder: this runs once per finding, and large runs
    // have many.
    private static string Fill<TArguments>(string format, TArguments arguments)
        where TArguments : IArguments, allows ref struct
    {
        var builder = _cachedBuilder ?? new StringBuilder(256);
        _cachedBuilder = null;
        var text = format.AsSpan();
        while (!text.IsEmpty && builder.Length <= MaxMessageLength)
        {
            var open = text.IndexOf('{');
            var close = open < 0 ? -1 : text[open..].IndexOf('}');
            if (open < 0 || close < 0)
            {
                builder.Append(text);
                break;
            }

            var name = text.Slice(open + 1, close - 1);
            builder.Append(text[..open]);
            if (!IsPlaceholderName(name) || !arguments.TryAppend(name, builder))
            {
                builder.Append(text.Slice(open, close + 1));
            }

            text = text[(open + close + 1)..];
        }

        var message = builder.Length <= MaxMessageLength ? builder.ToString() : string.Concat(builder.ToString(0, MaxMessageLength), "…");
        builder.Clear();
        _cachedBuilder = builder.Capacity <= 16 * 1024 ? builder : null;
        return message;
    }

    /// <summary>The longest message a finding carries; a longer one is cut, with an ellipsis.</summary>
    internal const int MaxMessageLength = 4_000;

    [ThreadStatic]
    private static StringBuilder? _cachedBuilder;

    private interface IArguments
    {
        bool TryAppend(ReadOnlySpan<char> name, StringBuilder builder);
    }

    private readonly struct TextArguments(IReadOnlyDictionary<string, string> arguments) : IArguments
    {
        public bool TryAppend(ReadOnlySpan<char> name, StringBuilder builder)
        {
            var found = arguments is Dictionary<string, string> map
                ? map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var value)
                : arguments.TryGetValue(name.ToString(), out value);
            builder.Append(found ? value : null);
            return found;
        }
    }

    private readonly ref struct ValueArguments(ReadOnlySpan<(string Name, object? Value)> arguments) : IArguments
    {
        private readonly ReadOnlySpan<(string Name, object? Value)> _arguments = arguments;

        public bool TryAppend(ReadOnlySpan<char> name, StringBuilder builder)
        {
            for (var i = _arguments.Length - 1; i >= 0; i--)
            {
                if (name.SequenceEqual(_arguments[i].Name))
                {
                    Append(builder, _arguments[i].Value);
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Appends a value in the invariant culture. The framework's, NodaTime's and this library's values format straight into
    /// the builder; any other value (a rule's own type) only through <see cref="IFormattable.ToString(string, IFormatProvider)"/>
    /// or <see cref="object.ToString"/>, never into a span of the builder, which would show it what an earlier message left there.
    /// </summary>
    private static void Append(StringBuilder builder, object? value)
    {
        if (value is null)
        {
            return;
        }

        var assembly = value.GetType().Assembly;
        if (assembly == typeof(object).Assembly || assembly == typeof(EvaluationDocument).Assembly || assembly == typeof(NodaTime.Instant).Assembly)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{value}");
            return;
        }

        builder.Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString());
    }

    private static bool IsPlaceholderName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Z]{2,5}[0-9]{3,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdShape();
}
