namespace Kamiyama.Domain.Diagnostics;

/// <summary>Something whose logical path is made only when read (the rule engine's subjects).</summary>
internal interface ILogicalPath
{
    /// <summary>The logical path.</summary>
    string Path { get; }
}
