using System.Text.RegularExpressions;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>One match of a <see cref="RulePattern"/>: immutable text, so that reading it never runs the pattern again.</summary>
public sealed class RuleMatch
{
    private readonly Regex _regex;
    private readonly string[] _groups;
    private readonly bool[] _matched;

    internal RuleMatch(Regex regex, Match match)
    {
        _regex = regex;
        Success = match.Success;
        Index = match.Index;
        Length = match.Length;
        Value = match.Value;
        _groups = new string[match.Groups.Count];
        _matched = new bool[match.Groups.Count];
        for (var i = 0; i < _groups.Length; i++)
        {
            _groups[i] = match.Groups[i].Value;
            _matched[i] = match.Groups[i].Success;
        }
    }

    /// <summary>Whether the pattern matched.</summary>
    public bool Success { get; }

    /// <summary>Where the match starts in the input (0-based).</summary>
    public int Index { get; }

    /// <summary>How long the match is.</summary>
    public int Length { get; }

    /// <summary>The matched text; empty when there is no match.</summary>
    public string Value { get; }

    /// <summary>How many groups the pattern has, the whole match (group 0) included.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>The text a numbered group matched; empty when it took no part in the match.</summary>
    /// <param name="number">The group's number (0: the whole match).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The pattern has no such group.</exception>
    public string Group(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, _groups.Length);
        return _groups[number];
    }

    /// <summary>The text a named group matched; empty when it took no part in the match.</summary>
    /// <param name="name">The group's name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The pattern has no group of that name.</exception>
    public string Group(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var number = _regex.GroupNumberFromName(name);
        return number >= 0 && number < _groups.Length ? _groups[number] : throw new ArgumentException($"The pattern has no group named '{name}'.", nameof(name));
    }

    /// <summary>Whether a numbered group took part in the match.</summary>
    /// <param name="number">The group's number.</param>
    /// <returns>Whether it matched.</returns>
    public bool Matched(int number) => number >= 0 && number < _matched.Length && _matched[number];

    /// <inheritdoc />
    public override string ToString() => Value;
}
