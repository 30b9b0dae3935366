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

    [Fact]
    public void Load_AssemblyPlantedInTheCache_WithItsHashInTheManifest_IsNeverRun()
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        // The attacker compiles whatever they like, outside the gate, and rewrites the entry as the engine would.
        var marker = Path.Combine(_cache.Directory, "..", Guid.NewGuid().ToString("N") + ".planted");
        var planted = Planted(marker);
        var assemblyPath = Assert.Single(Directory.GetFiles(_cache.Directory, "*.dll"));
        var manifestPath = Path.ChangeExtension(assemblyPath, ".manifest");
        File.WriteAllBytes(assemblyPath, planted);
        var lines = File.ReadAllLines(manifestPath);
        lines[1] = "hash\t" + RuleCache.Hash(planted);
        File.WriteAllText(manifestPath, string.Join('\n', lines) + "\n");
        var compilations = RuleLoader.Compilations;

        using var loaded = Load(RuleText.ReasonRequired);
        using var run = loaded.RuleSet;

        Assert.False(loaded.FromCache);
        Assert.Equal(compilations + 1, RuleLoader.Compilations);
        Assert.Single(run!.Evaluate(RuleText.Document()).Findings);
        Assert.False(File.Exists(marker), "the planted assembly ran");
    }

    [Fact]
    public void Load_EntryWithoutItsSeal_IsRecompiled()
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        File.Delete(Assert.Single(Directory.GetFiles(_cache.Directory, "*.seal")));

        using var loaded = Load(RuleText.ReasonRequired);

        Assert.False(loaded.FromCache);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Load_CacheFolderOthersCanWrite_IsNotUsed()
    {
        Directory.CreateDirectory(_cache.Directory);
        File.SetUnixFileMode(_cache.Directory, (UnixFileMode)0x1FF);

        using (Load(RuleText.ReasonRequired))
        {
        }

        using var second = Load(RuleText.ReasonRequired);

        Assert.False(second.FromCache);
        Assert.Empty(Directory.GetFiles(_cache.Directory));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Load_KeyThatOthersCanRead_IsNotTrusted()
    {
        using (Load(RuleText.ReasonRequired))
        {
        }

        File.SetUnixFileMode(Path.Combine(_cache.Directory, ".trust-key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        using var second = Load(RuleText.ReasonRequired);

        Assert.False(second.FromCache);
    }

    private static byte[] Planted(string marker)
    {
        var code = $$"""
            public sealed class ReasonRequired : Kamiyama.Domain.Rules.Authoring.Rule<Kamiyama.Domain.Sheets.Indicator>
            {
                public ReasonRequired() { System.IO.File.WriteAllText(@"{{marker}}", "ran"); }
                public override Kamiyama.Domain.Rules.Authoring.RuleDescriptor Descriptor { get; } = new() { Id = "KMY001", Title = "t", DefaultSeverity = Kamiyama.Domain.Diagnostics.DiagnosticSeverity.Error, Category = "c", MessageFormat = "m", Description = "d" };
                public override void Check(Kamiyama.Domain.Sheets.Indicator subject, Kamiyama.Domain.Rules.Authoring.RuleContext context) { }
            }
            """;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }.Select(f => Path.Combine(runtime, f))
            .Append(typeof(EvaluationDocument).Assembly.Location).Append(typeof(RuleSet).Assembly.Location)
            .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Planted", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code)], references, new(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return stream.ToArray();
    }

    private LoadedForTest Load(string text) => RuleLoader.Load([RuleText.Source("rules/r.csx", text)], _cache.Options).AsDisposable();
}
