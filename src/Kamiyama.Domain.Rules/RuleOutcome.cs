namespace Kamiyama.Domain.Rules;

/// <summary>The outcome of one rule on one subject.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="SubjectPath">The subject's logical path.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Error">For <see cref="OutcomeKind.Error"/>: what went wrong: the exception's type and message (cut, and read safely), or the engine's own text for a stop or a crash.</param>
/// <param name="Position">For <see cref="OutcomeKind.Error"/>: where the subject is in the document, when the document has source positions.</param>
public sealed record RuleOutcome(string RuleId, string SubjectPath, OutcomeKind Kind, string? Error = null, Sources.SourcePosition? Position = null);
