using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// 正規表現 — a regular expression for rules. Every match runs within the rule's remaining time budget: a pattern that
/// backtracks for ever stops the rule with a <see cref="RuleTimeoutException"/> when its time is up, however the match is
/// called. Rules use this type instead of <see cref="Regex"/>, whose own timeouts a rule could set to anything.
/// Immutable and safe to share between threads (a <c>static readonly</c> field of a rule may hold one).
/// </summary>
public sealed class RulePattern
{
    private static readonly TimeSpan OutsideAnyRule = TimeSpan.FromSeconds(2);

    private readonly RegexOptions _options;
    private readonly ConcurrentDictionary<long, Regex> _byTimeout = new();
    private readonly Regex _validated;

    /// <summary>Creates a pattern.</summary>
    /// <param name="pattern">The regular expression, in .NET syntax.</param>
    /// <param name="options">Options; <see cref="RegexOptions.Compiled"/> is ignored (it would compile code for each time budget).</param>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public RulePattern(string pattern, RegexOptions options = RegexOptions.None)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _validated = new Regex(pattern, _options, OutsideAnyRule);
    }

    /// <summary>The regular expression.</summary>
    public string Pattern { get; }

    /// <summary>Whether the pattern matches somewhere in <paramref name="input"/>.</summary>
    /// <param name="input">The text.</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="RuleTimeoutException">The rule's time ran out during the match.</exception>
    public bool IsMatch(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var regex = Within();
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            throw RuleGuard.OutOfTime();
        }
    }

    /// <summary>The first match in <paramref name="input"/>; <see cref="RuleMatch.Success"/> is false when there is none.</summary>
    /// <param name="input">The text.</param>
    /// <returns>The match.</returns>
    /// <exception cref="RuleTimeoutException">The rule's time ran out during the match.</exception>
    public RuleMatch Match(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var regex = Within();
        try
        {
            return new RuleMatch(regex, regex.Match(input));
        }
        catch (RegexMatchTimeoutException)
        {
            throw RuleGuard.OutOfTime();
        }
    }

    /// <summary>Every match in <paramref name="input"/>, in order.</summary>
    /// <param name="input">The text.</param>
    /// <returns>The matches.</returns>
    /// <exception cref="RuleTimeoutException">The rule's time ran out during the matches.</exception>
    public ValueArray<RuleMatch> Matches(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = new List<RuleMatch>();
        var rightToLeft = (_options & RegexOptions.RightToLeft) != 0;
        try
        {
            // Each match gets the time left at its start, so a pattern with many slow matches cannot outlive the rule.
            for (var match = Within().Match(input); match.Success;)
            {
                found.Add(new RuleMatch(_validated, match));
                var next = rightToLeft ? match.Index - (match.Length == 0 ? 1 : 0) : match.Index + match.Length + (match.Length == 0 ? 1 : 0);
                if (next < 0 || next > input.Length)
                {
                    break;
                }

                match = Within().Match(input, next);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw RuleGuard.OutOfTime();
        }

        return [.. found];
    }

    /// <summary>Replaces every match; <paramref name="replacement"/> may refer to groups (<c>$1</c>, <c>${name}</c>).</summary>
    /// <param name="input">The text.</param>
    /// <param name="replacement">The replacement pattern.</param>
    /// <returns>The text with every match replaced.</returns>
    /// <exception cref="RuleTimeoutException">The rule's time ran out during the matches.</exception>
    public string Replace(string input, string replacement)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(replacement);
        var regex = Within();
        try
        {
            return regex.Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            throw RuleGuard.OutOfTime();
        }
    }

    /// <summary>Splits <paramref name="input"/> at every match.</summary>
    /// <param name="input">The text.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="RuleTimeoutException">The rule's time ran out during the matches.</exception>
    public ValueArray<string> Split(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var regex = Within();
        try
        {
            return [.. regex.Split(input)];
        }
        catch (RegexMatchTimeoutException)
        {
            throw RuleGuard.OutOfTime();
        }
    }

    /// <summary>Escapes the characters that a regular expression treats specially.</summary>
    /// <param name="text">Literal text.</param>
    /// <returns>A pattern that matches the text literally.</returns>
    public static string Escape(string text) => Regex.Escape(text);

    /// <inheritdoc />
    public override string ToString() => Pattern;

    /// <summary>
    /// The pattern with a match timeout no longer than the rule's remaining time. Timeouts are rounded down to one of a
    /// few steps (1, 1.5, 2, 3, 4, 6, 8 … ms), so a pattern keeps a handful of compiled forms, never more than the
    /// remaining time, and at worst a third less.
    /// </summary>
    private Regex Within()
    {
        var remaining = RuleGuard.Remaining();
        if (remaining == Timeout.InfiniteTimeSpan)
        {
            return _validated;
        }

        var ticks = Step(remaining.Ticks);
        if (ticks <= 0)
        {
            throw RuleGuard.OutOfTime();
        }

        return _byTimeout.GetOrAdd(ticks, static (t, self) => new Regex(self.Pattern, self._options, TimeSpan.FromTicks(t)), this);
    }

    /// <summary>The largest step of the form 2^k or 1.5 × 2^k milliseconds (in ticks) not above <paramref name="ticks"/>.</summary>
    internal static long Step(long ticks)
    {
        var ms = ticks / TimeSpan.TicksPerMillisecond;
        if (ms < 1)
        {
            return 0;
        }

        var power = 1L << (63 - (int)long.LeadingZeroCount(ms));
        var step = ms - power >= power / 2 && power >= 2 ? power + (power / 2) : power;
        return step * TimeSpan.TicksPerMillisecond;
    }
}
