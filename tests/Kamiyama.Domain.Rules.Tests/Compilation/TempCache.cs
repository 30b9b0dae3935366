using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>A cache folder of its own for one test, deleted afterwards; tests never touch the user's cache.</summary>
internal sealed class TempCache : IDisposable
{
    public TempCache()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kamiyama-rule-tests", Guid.NewGuid().ToString("N"));
    }

    public string Directory { get; }

    public RuleLoadOptions Options => new() { CacheDirectory = Directory };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was cached.
        }
    }
}
