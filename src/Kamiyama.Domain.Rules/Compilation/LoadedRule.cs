using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// A compiled rule with its descriptor and subject type read once, under a time limit, at load: the engine reads them
/// often and outside any limit, so a rule's own getters never run again.
/// </summary>
internal sealed class LoadedRule(IRule rule, RuleDescriptor descriptor, Type subjectType, Sources.SourcePosition source) : IRule
{
    /// <summary>Where the rule's class is declared.</summary>
    public Sources.SourcePosition Source { get; } = source;

    public RuleDescriptor Descriptor { get; } = descriptor;

    public Type SubjectType { get; } = subjectType;

    public void Check(object subject, RuleContext context) => rule.Check(subject, context);
}
