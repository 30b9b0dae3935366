using System.Runtime.InteropServices;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// What the choice of the default cache folder reads from the process and the file system, in one value, so that the
/// choice itself (<see cref="RuleCacheDirectory.Choose"/>) is a pure function that tests give any environment.
/// </summary>
internal sealed record CacheEnvironment
{
    /// <summary><c>KAMIYAMA_CACHE_DIR</c>, if set.</summary>
    public string? Configured { get; init; }

    /// <summary><c>XDG_CACHE_HOME</c>, if set (used on Linux and other Unix systems when absolute).</summary>
    public string? XdgCacheHome { get; init; }

    /// <summary>The user's home folder; "" when there is none (.NET gives "" when <c>HOME</c> names a missing folder).</summary>
    public string Home { get; init; } = string.Empty;

    /// <summary>The user's local application data folder (used on Windows); "" when there is none.</summary>
    public string LocalApplicationData { get; init; } = string.Empty;

    /// <summary>The temporary folder (<see cref="Path.GetTempPath"/>: <c>TMPDIR</c> on Unix, which may be anything).</summary>
    public string TempPath { get; init; } = string.Empty;

    /// <summary>The user's name, to make the temporary fallback per user.</summary>
    public string UserName { get; init; } = string.Empty;

    /// <summary>Windows, OSX, or anything else (Linux and other Unix systems, which follow XDG).</summary>
    public OSPlatform Platform { get; init; } = OSPlatform.Linux;

    /// <summary>Whether the process runs as root or an administrator.</summary>
    public bool Privileged { get; init; }

    /// <summary>Whether a folder exists.</summary>
    public Func<string, bool> DirectoryExists { get; init; } = Directory.Exists;

    /// <summary>Whether users other than its owner may create entries in a folder (<c>/tmp</c>, say).</summary>
    public Func<string, bool> OthersMayWrite { get; init; } = static _ => false;

    /// <summary>This process's environment.</summary>
    public static CacheEnvironment Current() => new()
    {
        Configured = Environment.GetEnvironmentVariable(RuleCacheDirectory.Variable),
        XdgCacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME"),
        Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        LocalApplicationData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
        TempPath = Path.GetTempPath(),
        UserName = Environment.UserName,
        Platform = OperatingSystem.IsWindows() ? OSPlatform.Windows : OperatingSystem.IsMacOS() ? OSPlatform.OSX : OSPlatform.Linux,
        Privileged = Environment.IsPrivilegedProcess,
        OthersMayWrite = SharedFolder,
    };

    private static bool SharedFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return (File.GetUnixFileMode(folder) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
