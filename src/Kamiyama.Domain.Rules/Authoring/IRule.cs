namespace Kamiyama.Domain.Rules.Authoring;

/// <summary>A rule, whatever its subject type. Rule scripts derive from <see cref="Rule{TSubject}"/> instead.</summary>
public interface IRule
{
    /// <summary>What the rule is.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>The type of subject it checks (an indicator, a sheet, a city system's own type).</summary>
    Type SubjectType { get; }

    /// <summary>Checks one subject; the engine calls this only with subjects of <see cref="SubjectType"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="context">Where to report, and what is around the subject.</param>
    void Check(object subject, RuleContext context);
}
