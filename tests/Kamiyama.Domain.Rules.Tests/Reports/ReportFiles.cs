using Snapshooter;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// Snapshots of this folder, located from the solution folder: a CI build maps source paths to <c>/_/…</c>, where
/// Snapshooter would otherwise write a missing snapshot outside the repository and pass.
/// </summary>
internal static class ReportFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kamiyama.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Kamiyama.Domain.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder of Kamiyama.Domain.sln.</summary>
    public static string SolutionFolder => Root.Value;

    public static SnapshotFullName Snapshot(string name) =>
        new(name + ".snap", Path.Combine(Root.Value, "tests", "Kamiyama.Domain.Rules.Tests", "Reports"));
}
