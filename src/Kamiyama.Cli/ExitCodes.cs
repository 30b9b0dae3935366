namespace Kamiyama.Cli;

/// <summary>What the command's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>Rules found errors in the documents (the check command).</summary>
    public const int RuleErrors = 1;

    /// <summary>Input could not be read (a missing file, a malformed document) or the command line was wrong.</summary>
    public const int Unreadable = 2;
}
