using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Rules.Testing;

/// <summary>
/// A small test kit for rule authors, usable from any test framework:
/// <c>RuleTester.For(rules).Check(sheet).ShouldHave("KMY001", "5-3-1/目標値/…/実績")</c>.
/// </summary>
public sealed class RuleTester
{
    private readonly RuleSet _rules;
    private readonly RuleOptions _options;

    private RuleTester(RuleSet rules, RuleOptions options)
    {
        _rules = rules;
        _options = options;
    }

    /// <summary>Tests a loaded rule set (the rules of a folder, the built-in rules).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The tester.</returns>
    public static RuleTester For(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RuleTester(rules, RuleOptions.Default);
    }

    /// <summary>Tests rule objects written in ordinary C#.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The tester.</returns>
    public static RuleTester For(params IRule[] rules) => new(RuleSet.FromRules(rules), RuleOptions.Default);

    /// <summary>Runs with these options (parameters, severities, suppressions).</summary>
    /// <param name="options">The options.</param>
    /// <returns>A tester with the options.</returns>
    public RuleTester With(RuleOptions options) => new(_rules, options ?? throw new ArgumentNullException(nameof(options)));

    /// <summary>Runs the rules over a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The result to assert on.</returns>
    public RuleTestResult Check(EvaluationDocument document) => new(_rules.Evaluate(document, _options));

    /// <summary>Runs the rules over sheets, as one document of fiscal year 令和4年度.</summary>
    /// <param name="sheets">The sheets, in document order.</param>
    /// <returns>The result to assert on.</returns>
    public RuleTestResult Check(params Sheet[] sheets) => Check(new EvaluationDocument(new FiscalYear(2022), sheets));
}
