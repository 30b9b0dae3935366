namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>Where the compiled-rule cache lives when the options do not say.</summary>
internal static class RuleCacheDirectory
{
    /// <summary>The environment variable that overrides the default folder.</summary>
    public const string Variable = "KAMIYAMA_CACHE_DIR";

    /// <summary>The folder for these options.</summary>
    public static string For(RuleLoadOptions options) => options.CacheDirectory ?? Default();

    /// <summary><c>KAMIYAMA_CACHE_DIR</c>, else the user's cache folder with <c>kamiyama/rules</c> appended.</summary>
    public static string Default()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return Path.Combine(UserCache(), "kamiyama", "rules");
    }

    private static string UserCache()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Caches");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".cache");
    }
}
