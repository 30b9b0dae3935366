namespace Kamiyama.Domain.Rules.Testing;

/// <summary>An expectation of <see cref="RuleTestResult"/> failed; any test framework reports it as a failure.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what the run found.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }
}
