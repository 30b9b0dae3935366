using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// What compiling a rule set produced, in types that never mention Roslyn: the assembly (null when it did not compile),
/// where each rule type is declared, and the compiler's diagnostics.
/// </summary>
/// <param name="Assembly">The emitted assembly, or null.</param>
/// <param name="RuleTypes">Declaration positions by full type name, for diagnostics about rule types.</param>
/// <param name="Diagnostics">Compile errors and warnings (KRL001) and refusals (KRL002).</param>
internal sealed record CompiledRules(byte[]? Assembly, IReadOnlyDictionary<string, SourcePosition> RuleTypes, IReadOnlyList<Diagnostic> Diagnostics);
