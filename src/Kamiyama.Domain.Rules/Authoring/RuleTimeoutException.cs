using System.Globalization;

namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>A rule ran past its time limit and was stopped; the run reports it as an engine error and goes on.</summary>
public sealed class RuleTimeoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The limit that was passed.</param>
    public RuleTimeoutException(TimeSpan limit)
        : base(string.Create(CultureInfo.InvariantCulture, $"The rule ran longer than its limit of {limit.TotalMilliseconds:0} ms and was stopped."))
    {
        Limit = limit;
    }

    /// <summary>The limit that was passed.</summary>
    public TimeSpan Limit { get; }
}
