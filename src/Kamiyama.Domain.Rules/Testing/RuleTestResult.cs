namespace Kamiyama.Domain.Rules.Testing;

/// <summary>What a <see cref="RuleTester"/> run found, with expectations that throw <see cref="RuleAssertionException"/>.</summary>
public sealed class RuleTestResult
{
    internal RuleTestResult(RuleRun run) => Run = run;

    /// <summary>The run, for anything the expectations do not cover.</summary>
    public RuleRun Run { get; }

    /// <summary>Expects exactly one finding of the rule at the path (<c>5-3-1/目標値/…/実績</c>).</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="path">The finding's logical path.</param>
    /// <returns>The finding, to check its message or locations.</returns>
    /// <exception cref="RuleAssertionException">There is no such finding, or more than one.</exception>
    public Finding ShouldHave(string ruleId, string path)
    {
        var matches = Run.Findings.Where(f => f.RuleId == ruleId && f.Location.Path == path).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new RuleAssertionException($"Expected one {ruleId} finding at '{path}', found {matches.Count}. The run found:{Describe()}");
    }

    /// <summary>Expects no finding of the rule (at the path, if given).</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="path">A logical path, or null for anywhere.</param>
    /// <returns>This result.</returns>
    /// <exception cref="RuleAssertionException">There is such a finding.</exception>
    public RuleTestResult ShouldNotHave(string ruleId, string? path = null) =>
        Run.Findings.Any(f => f.RuleId == ruleId && (path is null || f.Location.Path == path))
            ? throw new RuleAssertionException($"Expected no {ruleId} finding{(path is null ? string.Empty : $" at '{path}'")}. The run found:{Describe()}")
            : this;

    /// <summary>Expects that no rule threw or ran out of time.</summary>
    /// <returns>This result.</returns>
    /// <exception cref="RuleAssertionException">A rule failed to run.</exception>
    public RuleTestResult ShouldHaveNoEngineErrors() => Run.EngineErrors.FirstOrDefault() is { } error
        ? throw new RuleAssertionException($"{error.RuleId} failed on '{error.SubjectPath}': {error.Error}")
        : this;

    private string Describe() => Run.Findings.Count == 0
        ? " nothing."
        : string.Concat(Run.Findings.Select(f => $"\n  {f.RuleId} at '{f.Location.Path}': {f.Message}"));
}
