using System.Runtime.InteropServices;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>Where the compiled-rule cache lives when the options do not say.</summary>
internal static class RuleCacheDirectory
{
    /// <summary>The environment variable that overrides the default folder.</summary>
    public const string Variable = "KAMIYAMA_CACHE_DIR";

    /// <summary>The folder for these options; null when there is no folder the cache may use.</summary>
    public static string? For(RuleLoadOptions options) => options.CacheDirectory ?? Default();

    /// <summary>The default folder for this process (<see cref="Choose"/>).</summary>
    public static string? Default() => Choose(CacheEnvironment.Current());

    /// <summary>
    /// <c>KAMIYAMA_CACHE_DIR</c>; else the user's cache folder with <c>kamiyama/rules</c> appended; else, when there is
    /// no usable home, <c>kamiyama-&lt;user&gt;/rules</c> in the temporary folder; else null (no cache). Never a relative
    /// path made up here: <c>Path.Combine("", ".cache")</c> would put the cache in the current folder.
    /// </summary>
    public static string? Choose(CacheEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(environment.Configured))
        {
            return environment.Configured;
        }

        return UserCache(environment) is { } user ? Path.Combine(user, "kamiyama", "rules") : Temporary(environment);
    }

    private static string? UserCache(CacheEnvironment environment)
    {
        if (environment.Platform == OSPlatform.Windows)
        {
            return Usable(environment.LocalApplicationData, environment);
        }

        if (environment.Platform == OSPlatform.OSX)
        {
            return Usable(environment.Home, environment) is { } home ? Path.Combine(home, "Library", "Caches") : null;
        }

        if (Absolute(environment.XdgCacheHome))
        {
            return environment.XdgCacheHome;
        }

        return Usable(environment.Home, environment) is { } folder ? Path.Combine(folder, ".cache") : null;
    }

    /// <summary>
    /// A per-user folder in the temporary folder. The cache's own trust check (<see cref="CacheTrust"/>) keeps an ordinary
    /// user safe in a shared one (a key that user can read and others cannot is theirs), but not root, who can read a
    /// key another user planted in a folder made before it: a privileged process uses only a private temporary folder.
    /// </summary>
    private static string? Temporary(CacheEnvironment environment)
    {
        var temp = environment.TempPath;
        if (!Absolute(temp) || (environment.Privileged && environment.OthersMayWrite(temp)))
        {
            return null;
        }

        var user = string.Concat(environment.UserName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        return Path.Combine(temp, user.Length == 0 ? "kamiyama" : "kamiyama-" + user, "rules");
    }

    private static string? Usable(string folder, CacheEnvironment environment) =>
        Absolute(folder) && environment.DirectoryExists(folder) ? folder : null;

    private static bool Absolute([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? folder) =>
        !string.IsNullOrWhiteSpace(folder) && Path.IsPathFullyQualified(folder);
}
