namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>
/// The base of every rule script: declare <see cref="Descriptor"/> and check one subject at a time, reporting findings
/// through the context. Returning without a report is a pass; <see cref="RuleContext.NotApplicable"/> says the rule has
/// nothing to say about this subject; an exception is an engine error for this rule and subject, never a pass or fail.
/// </summary>
/// <typeparam name="TSubject">What the rule checks: <c>Indicator</c>, <c>Sheet</c>, <c>ProjectSheet</c>, <c>EvaluationDocument</c>, or any type of a city system.</typeparam>
public abstract class Rule<TSubject> : IRule
    where TSubject : class
{
    /// <inheritdoc />
    public abstract RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public Type SubjectType => typeof(TSubject);

    /// <summary>Checks one subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="context">Where to report, and what is around the subject.</param>
    public abstract void Check(TSubject subject, RuleContext context);

    void IRule.Check(object subject, RuleContext context) => Check((TSubject)subject, context);
}
