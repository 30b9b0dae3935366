using System.Diagnostics;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>What the tests ask of the operating system about the workers a run started.</summary>
internal static class WorkerProcesses
{
    /// <summary>Whether the process with this id is still running.</summary>
    public static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
