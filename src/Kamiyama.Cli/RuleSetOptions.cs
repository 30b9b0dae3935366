using System.CommandLine;
using Kamiyama.Domain;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Cli;

/// <summary>The options that say which rules a command uses, and the set they load (<see cref="RuleLoader.LoadSet"/>).</summary>
internal static class RuleSetOptions
{
    internal static Option<DirectoryInfo[]> Folders() => new("--rules", "-r")
    {
        Description = "A folder of rule scripts (*.csx) to add to the built-in rules; give it again for more folders. Rule ids must be unique across all.",
        AllowMultipleArgumentsPerToken = false,
    };

    internal static Option<DirectoryInfo?> Cache() => new("--cache") { Description = "Where compiled rule sets are cached (default: $KAMIYAMA_CACHE_DIR, else the user's cache folder, else a per-user folder of the temporary folder; never the current folder)." };

    internal static Option<bool> NoBuiltIn() => new("--no-built-in") { Description = "Leave the built-in rules out (run only the folders' rules)." };

    /// <summary>The set, or null (its diagnostics printed) when it does not load or would be empty.</summary>
    internal static RuleSet? Load(DirectoryInfo[] folders, bool noBuiltIn, DirectoryInfo? cache, TextWriter stderr)
    {
        var (set, diagnostics) = LoadAll(folders, noBuiltIn, cache, stderr);
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        return set;
    }

    /// <summary>The set (null when it does not load, or would be empty: said on standard error) and the load diagnostics, unprinted.</summary>
    internal static (RuleSet? Set, ValueArray<Diagnostic> Diagnostics) LoadAll(DirectoryInfo[] folders, bool noBuiltIn, DirectoryInfo? cache, TextWriter stderr)
    {
        if (noBuiltIn && folders.Length == 0)
        {
            stderr.WriteLine("error: --no-built-in leaves no rules: give a folder with --rules.");
            return (null, []);
        }

        var loaded = RuleLoader.LoadSet(folders.Select(f => f.ToString()), includeBuiltIn: !noBuiltIn, new RuleLoadOptions { CacheDirectory = cache?.FullName });
        if (loaded.Success && loaded.RuleSet is { } set)
        {
            return (set, loaded.Diagnostics);
        }

        loaded.RuleSet?.Dispose();
        return (null, loaded.Diagnostics);
    }
}
