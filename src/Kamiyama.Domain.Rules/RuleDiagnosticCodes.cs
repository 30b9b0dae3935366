namespace Kamiyama.Domain.Rules;

/// <summary>
/// The stable codes of the rule engine's diagnostics: configuration (<c>KRC…</c>), load (<c>KRL…</c>) and engine
/// (<c>KRE…</c>). The reader's codes are <see cref="Sources.ReaderDiagnosticCodes"/>; a finding's code is its rule's id.
/// A code never changes meaning; new problems get new codes.
/// </summary>
public static class RuleDiagnosticCodes
{
    /// <summary>The rule configuration is not valid: not JSON, an unknown setting, a value of the wrong type or range.</summary>
    public const string InvalidConfiguration = "KRC001";

    /// <summary>The rule configuration names a rule that is not in the set.</summary>
    public const string UnknownRule = "KRC002";

    /// <summary>The C# compiler rejected a rule file; the message starts with Roslyn's own id.</summary>
    public const string CompileError = "KRL001";

    /// <summary>The safety gate refused an API, a construct or a directive.</summary>
    public const string Refused = "KRL002";

    /// <summary>A rule's descriptor is invalid, or its id is used twice.</summary>
    public const string InvalidDescriptor = "KRL003";

    /// <summary>A rule type cannot be created.</summary>
    public const string CannotCreate = "KRL004";

    /// <summary>A file of a rules folder is not read as a rule file: a link out of the folder, a device or pipe, too large, or not UTF-8; or a folder that is missing or holds no rule file.</summary>
    public const string Unreadable = "KRL005";

    /// <summary>A rule failed on a subject (it threw, was stopped for time, stack or findings, or crashed its worker) and was skipped for that subject.</summary>
    public const string RuleFailed = "KRE001";
}
