namespace Kamiyama.Domain.Rules;

/// <summary>
/// A configured suppression: findings of a rule at matching paths are kept but marked, with a written justification
/// (a suppression without one is a configuration error).
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Path">A logical path; <c>*</c> matches any run of characters (<c>5-3-1/*</c>).</param>
/// <param name="Justification">Why the finding is accepted.</param>
public sealed record Suppression(string RuleId, string Path, string Justification)
{
    /// <summary>Whether this suppression covers a finding of <paramref name="ruleId"/> at <paramref name="path"/>.</summary>
    /// <param name="ruleId">The finding's rule.</param>
    /// <param name="path">The finding's path.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(string ruleId, string path) =>
        string.Equals(RuleId, ruleId, StringComparison.Ordinal) && Matches(Path, path);

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.SequenceEqual(text);
        }

        if (!text.StartsWith(pattern[..star]))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        for (var i = star; i <= text.Length; i++)
        {
            if (Matches(rest, text[i..]))
            {
                return true;
            }
        }

        return false;
    }
}
