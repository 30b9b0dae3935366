using Snapshooter;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>
/// Files of the repository the JSON tests use, found from the test assembly's folder upwards. Snapshooter would find
/// its folder from the test's source path, which a CI build (ContinuousIntegrationBuild) maps to <c>/_/…</c>: there a
/// missing snapshot would be written outside the repository and the test would pass. Naming the folder here makes a
/// missing or changed snapshot show in <c>git status</c>, where .ci/run looks.
/// </summary>
internal static class RepositoryFiles
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

    /// <summary>The published JSON schema.</summary>
    public static string Schema => Path.Combine(Root.Value, "schemas", "evaluation-document.schema.json");

    /// <summary>The snapshot of a test of this folder, in its <c>__snapshots__</c> folder (Snapshooter adds that part).</summary>
    /// <param name="name">The snapshot's name, by convention <c>Class.Method</c>.</param>
    /// <returns>Where Snapshooter keeps it.</returns>
    public static SnapshotFullName Snapshot(string name) =>
        new(name + ".snap", Path.Combine(Root.Value, "tests", "Kamiyama.Domain.Tests", "Json"));
}
