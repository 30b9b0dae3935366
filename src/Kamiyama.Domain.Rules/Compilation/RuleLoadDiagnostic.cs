using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// A problem with a rule file (規則ファイルの診断), located in that file: KRL001 compile error, KRL002 refused by the safety
/// gate, KRL003 invalid descriptor or duplicate id, KRL004 a rule type that cannot be created, KRL005 a file that is not read as a rule file.
/// </summary>
/// <param name="Code">The code, <c>KRL001</c> to <c>KRL005</c>.</param>
/// <param name="Severity">How serious it is; an error keeps the rule (or the whole set) from loading.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Position">Where, in the rule file's own lines and columns (1-based).</param>
public sealed record RuleLoadDiagnostic(string Code, RuleSeverity Severity, string Message, SourcePosition Position)
{
    /// <summary>The diagnostic as compilers write it: <c>rules/KMY001.csx(7,12): error KRL001: CS1002: ; expected</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kamiyama.Domain.Text.OneLine.Escape($"{Position}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
