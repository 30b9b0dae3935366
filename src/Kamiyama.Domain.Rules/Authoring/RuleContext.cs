using System.Globalization;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// What a rule sees around its subject, and where it reports: the document (when the subjects came from one), the
/// subject's path and parents, the rule's parameters from configuration.
/// </summary>
public sealed class RuleContext
{
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private SubjectTable? _subjects;
    private SubjectTable.Cursor? _cursor;

    // Most subjects pass: the list is made on the first report only.
    private List<FindingBuilder>? _reports;
    private int _reported;

    internal RuleContext(RuleDescriptor rule, EvaluationDocument? document, IReadOnlyDictionary<string, string> parameters, int findingLimit = RuleOptions.DefaultFindingLimit)
    {
        Rule = rule;
        Document = document;
        _parameters = parameters;
        _findingLimit = findingLimit;
    }

    private readonly int _findingLimit;

    /// <summary>Points a reused context at the next subject; one context serves a rule's whole run.</summary>
    internal void Reset(SubjectTable subjects, SubjectTable.Cursor cursor)
    {
        _subjects = subjects;
        _cursor = cursor;
        _reports = null;
        IsNotApplicable = false;
    }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The subject being checked, with its path and parents.</summary>
    /// <exception cref="InvalidOperationException">No rule is being run with this context.</exception>
    public Subject Subject => Subjects.At(Cursor.Index, Cursor);

    /// <summary>The document the subjects came from, or <see langword="null"/> for other data.</summary>
    public EvaluationDocument? Document { get; }

    /// <summary>The sheet the subject is or belongs to, if any.</summary>
    public Sheet? Sheet => Cursor.Sheet;

    private SubjectTable Subjects => _subjects ?? throw OutsideCheck();

    private SubjectTable.Cursor Cursor => _cursor ?? throw OutsideCheck();

    internal IReadOnlyList<FindingBuilder> Reports => (IReadOnlyList<FindingBuilder>?)_reports ?? [];

    internal bool IsNotApplicable { get; private set; }

    /// <summary>A parameter from configuration (a threshold), or <paramref name="defaultValue"/> when none is set.</summary>
    /// <typeparam name="T">The parameter's type, read with the invariant culture.</typeparam>
    /// <param name="name">The parameter's name.</param>
    /// <param name="defaultValue">The value when configuration does not set it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The configured text is not a <typeparamref name="T"/>.</exception>
    public T Parameter<T>(string name, T defaultValue)
        where T : IParsable<T>
    {
        if (!_parameters.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"The parameter '{name}' of {Rule.Id} is '{text}', which is not a {typeof(T).Name}.");
    }

    /// <summary>
    /// Reports a finding at the subject (move it with <see cref="FindingBuilder.At"/>), filling the message template's
    /// placeholders from <paramref name="arguments"/>.
    /// </summary>
    /// <param name="arguments">The placeholder values, by name; formatted with the invariant culture.</param>
    /// <returns>A builder to set the location and related locations.</returns>
    public FindingBuilder Report(params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (++_reported > _findingLimit)
        {
            throw RuleGuard.TooManyFindings(_findingLimit);
        }

        var (message, english) = Rule.Defer(arguments);
        var builder = new FindingBuilder(Cursor.Value, message, english);
        (_reports ??= []).Add(builder);
        return builder;
    }

    private static InvalidOperationException OutsideCheck() => new("The context is used outside a rule's Check.");

    /// <summary>Says the rule has nothing to say about this subject (a qualitative 目標 for a numeric rule).</summary>
    public void NotApplicable() => IsNotApplicable = true;
}
