using System.Globalization;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// The engine's text for what went wrong in rule code. An exception a rule throws is rule code too: its <c>Message</c>
/// getter may throw, loop or return a huge string, so it is read inside a try, under a short budget of its own, and cut.
/// </summary>
internal static class ExceptionText
{
    /// <summary>The longest message kept from a rule's exception.</summary>
    public const int MessageLength = 500;

    private static readonly TimeSpan MessageLimit = TimeSpan.FromMilliseconds(100);

    /// <summary><c>Type: message (at rules/KMY001.csx line 14)</c>, the message read safely, the line when the rule's symbols tell it.</summary>
    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {Message(exception)}{RuleLines.Of(exception)}";

    /// <summary>The exception's message read under a fresh budget, cut to <see cref="MessageLength"/> characters.</summary>
    public static string Message(Exception exception)
    {
        var budget = new RuleGuard.Budget(MessageLimit, CancellationToken.None);
        string? message;
        try
        {
            using (RuleGuard.Begin(budget))
            {
                message = exception.Message;
            }
        }
        catch (Exception e)
        {
            return budget.Stopped is { } stop
                ? $"(the message could not be read: {stop.Describe()})"
                : $"(the message could not be read: its getter threw {e.GetType().Name})";
        }

        if (budget.Stopped is { } stopped)
        {
            return $"(the message could not be read: {stopped.Describe()})";
        }

        if (message is null)
        {
            return string.Empty;
        }

        return message.Length <= MessageLength ? message : string.Concat(message.AsSpan(0, MessageLength), "…");
    }

    /// <summary>The error of the call that was running when the whole run's time ran out.</summary>
    public static string RunExpired(TimeSpan limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{nameof(RuleTimeoutException)}: The run ran longer than its limit of {limit.TotalMilliseconds:0} ms; this rule was stopped here and everything not yet run is skipped.");

    /// <summary>The error of the call that was running when its rule had used its share of the run's time.</summary>
    public static string ShareUsed(TimeSpan share, TimeSpan limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{nameof(RuleTimeoutException)}: The rule used its share of the run's time ({share.TotalMilliseconds:0} ms of the {limit.TotalMilliseconds:0} ms left to it and the rules after it) and was stopped here; it is skipped on the remaining subjects, and the other rules still run.");

    /// <summary>The error of a call that ran out of memory; the rule is not run again.</summary>
    public const string OutOfMemory = "OutOfMemoryException: The rule ran out of memory and was stopped; it is skipped on the remaining subjects.";
}
