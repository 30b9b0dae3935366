using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>The codes of <see cref="Diagnostic"/>.</summary>
internal static class RuleLoadCodes
{
    /// <summary>The C# compiler rejected a rule file; the message starts with Roslyn's own id.</summary>
    public const string CompileError = "KRL001";

    /// <summary>The safety gate refused an API, a construct or a directive.</summary>
    public const string Refused = "KRL002";

    /// <summary>A rule's descriptor is invalid, or its id is used twice.</summary>
    public const string InvalidDescriptor = "KRL003";

    /// <summary>A rule type cannot be created.</summary>
    public const string CannotCreate = "KRL004";

    /// <summary>A file of a rules folder is not read as a rule file: a link out of the folder, a device or pipe, too large, or not UTF-8.</summary>
    public const string Unreadable = "KRL005";
}
