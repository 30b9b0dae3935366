namespace Kamiyama.Cli;

/// <summary>What the command's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>Rules found errors in the documents (the check command).</summary>
    public const int RuleErrors = 1;

    /// <summary>Input or rules could not be read (a missing file, a malformed document, a rule that does not compile or is refused) or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>The tool itself failed (a bug): one line on standard error, the details with <c>--verbose</c>.</summary>
    public const int InternalFailure = 3;
}
