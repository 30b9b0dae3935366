using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// A compiled and gated rule set as it was loaded: the assembly's bytes and where each rule type is declared. A worker
/// process loads exactly these bytes, so it runs the rules the host's gate passed and nothing else.
/// </summary>
internal sealed record RuleImage(byte[] Assembly, IReadOnlyDictionary<string, SourcePosition> RuleTypes);
