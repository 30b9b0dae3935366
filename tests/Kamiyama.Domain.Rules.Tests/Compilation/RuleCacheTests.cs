using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

[Collection(nameof(RunsAlone))]
public sealed class RuleCacheTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Load_SameSourcesTwice_SecondComesFromCacheWithoutCompiling()
    {
        using var first = Load(RuleText.ReasonRequired);
        var compilations = RuleLoader.Compilations;

        using var second = Load(RuleText.ReasonRequired);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(compilations, RuleLoader.Compilations);
        Assert.Single(second.RuleSet!.Evaluate(RuleText.Document()).Findings);
    }

    [Fact]
    public void Load_OneCharacterEdited_Recompiles()
    {
        using var first = Load(RuleText.ReasonRequired);
        var compilations = RuleLoader.Compilations;

        using var edited = Load(RuleText.ReasonRequired.Replace("理由がありません。", "理由がありません！", StringComparison.Ordinal));

        Assert.False(edited.FromCache);
        Assert.Equal(compilations + 1, RuleLoader.Compilations);
        Assert.EndsWith("理由がありません！", edited.RuleSet!.Evaluate(RuleText.Document()).Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameTextUnderAnotherPath_Recompiles()
    {
        using var first = Load(RuleText.ReasonRequired);

        using var moved = RuleLoader.Load([RuleText.Source("rules/moved.csx", RuleText.ReasonRequired)], _cache.Options).AsDisposable();

        Assert.False(moved.FromCache);
    }

    [Theory]
    [InlineData(".dll")]
    [InlineData(".manifest")]
    public void Load_CorruptCacheEntry_IsIgnoredAndRebuilt(string extension)
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        var entry = Assert.Single(Directory.GetFiles(_cache.Directory, "*" + extension));
        var bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(entry, bytes);
        var compilations = RuleLoader.Compilations;

        using var rebuilt = Load(RuleText.ReasonRequired);
        using var again = Load(RuleText.ReasonRequired);

        Assert.False(rebuilt.FromCache);
        Assert.True(rebuilt.Success);
        Assert.Equal(compilations + 1, RuleLoader.Compilations);
        Assert.True(again.FromCache);
    }

    [Fact]
    public void Load_TruncatedManifest_IsIgnoredAndRebuilt()
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        File.WriteAllText(Assert.Single(Directory.GetFiles(_cache.Directory, "*.manifest")), "kamiyama-rules-manifest 1\n");

        using var rebuilt = Load(RuleText.ReasonRequired);

        Assert.False(rebuilt.FromCache);
        Assert.True(rebuilt.Success);
    }

    [Fact]
    public void Load_FromCache_ReportsTheSameDiagnosticsAsTheCompile()
    {
        var text = RuleText.Rule("Untitled", "KMY960", "        var unused = subject.Name is null;", title: "");

        using var compiled = Load(text);
        using var cached = Load(text);

        Assert.True(cached.FromCache);
        Assert.NotEmpty(compiled.Diagnostics);
        Assert.Equal(compiled.Diagnostics, cached.Diagnostics);
    }

    [Fact]
    public void Load_WithoutCache_NeverWritesOrReads()
    {
        using var first = RuleLoader.Load([RuleText.Source("rules/r.csx", RuleText.ReasonRequired)], _cache.Options with { UseCache = false }).AsDisposable();
        using var second = RuleLoader.Load([RuleText.Source("rules/r.csx", RuleText.ReasonRequired)], _cache.Options with { UseCache = false }).AsDisposable();

        Assert.False(second.FromCache);
        Assert.False(Directory.Exists(_cache.Directory));
    }

    [Fact]
    public void Load_CacheHit_DoesNotLoadTheCompiler()
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        var (fromCache, rules, compilerLoaded) = IsolatedHost.LoadFromCache(_cache.Directory, "rules/r.csx", RuleText.ReasonRequired);

        Assert.True(fromCache);
        Assert.Equal(1, rules);
        Assert.False(compilerLoaded);
    }

    [Fact]
    public void CacheDirectory_Default_HonoursTheEnvironmentVariableElseTheUsersCache()
    {
        var configured = Environment.GetEnvironmentVariable(RuleCacheDirectory.Variable);
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), "kamiyama-cache-test");
            Environment.SetEnvironmentVariable(RuleCacheDirectory.Variable, folder);
            Assert.Equal(folder, RuleCacheDirectory.For(new RuleLoadOptions()));
            Environment.SetEnvironmentVariable(RuleCacheDirectory.Variable, null);
            Assert.EndsWith(Path.Combine("kamiyama", "rules"), RuleCacheDirectory.For(new RuleLoadOptions()), StringComparison.Ordinal);
            Assert.Equal("/x", RuleCacheDirectory.For(new RuleLoadOptions { CacheDirectory = "/x" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(RuleCacheDirectory.Variable, configured);
        }
    }

    private LoadedForTest Load(string text) => RuleLoader.Load([RuleText.Source("rules/r.csx", text)], _cache.Options).AsDisposable();
}
