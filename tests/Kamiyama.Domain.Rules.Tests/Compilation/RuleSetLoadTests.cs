using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>One set from the built-in rules and rule folders; a configuration judged against the set it is for.</summary>
public sealed class RuleSetLoadTests : IDisposable
{
    private readonly TempCache _cache = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-set-");

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void LoadSet_BuiltInAndTwoFolders_IsOneSet_EachRuleWithItsFile()
    {
        var first = Folder("a", ("CITY001.csx", RuleText.Rule("First", "CITY001", "        return;")));
        var second = Folder("b", ("CITY002.csx", RuleText.Rule("Second", "CITY002", "        return;")));

        var result = RuleLoader.LoadSet([first, second], includeBuiltIn: true, _cache.Options);
        using var set = result.RuleSet;

        Assert.True(result.Success, result.ToString());
        Assert.Equal(11, set!.Descriptors.Count);
        Assert.Equal(Path.Combine(first, "CITY001.csx"), set.SourceOf("CITY001")?.File);
        Assert.Equal(Path.Combine(second, "CITY002.csx"), set.SourceOf("CITY002")?.File);
        Assert.Equal("rules/KMY001-reason-required.csx", set.SourceOf("KMY001")?.File);
        Assert.Null(set.SourceOf("NOPE001"));
    }

    [Fact]
    public void LoadSet_WithoutTheBuiltInRules_IsTheFoldersOnly_AndAnEmptyFolderIsKrl005()
    {
        var rules = Folder("a", ("CITY001.csx", RuleText.Rule("First", "CITY001", "        return;")));
        var empty = Folder("empty");

        using var only = RuleLoader.LoadSet([rules], includeBuiltIn: false, _cache.Options).RuleSet;
        var refused = RuleLoader.LoadSet([rules, empty], includeBuiltIn: true, _cache.Options);

        Assert.Equal(["CITY001"], only!.Descriptors.Select(d => d.Id));
        Assert.Null(refused.RuleSet);
        var problem = Assert.Single(refused.Diagnostics);
        Assert.Equal((RuleDiagnosticCodes.Unreadable, empty, "The rules folder holds no rule file (*.csx)."), (problem.Code, problem.Position!.Value.File, problem.Message));
    }

    [Fact]
    public void ConfigurationForASet_ARuleOrSuppressionNamingAnUnknownRule_IsKrc002_AndKnownOnesAreNot()
    {
        using var set = RuleLoader.LoadBuiltIn(_cache.Options).RuleSet!;
        const string json = """
            {
              "rules": { "KMY002": { "severity": "error" } },
              "suppressions": [ { "rule": "KMY01", "path": "5-*", "justification": "確認済み" } ]
            }
            """;

        var (_, diagnostics) = RuleConfiguration.Read(json, "kamiyama.json", set);

        var unknown = Assert.Single(diagnostics);
        Assert.Equal((RuleDiagnosticCodes.UnknownRule, 3, 31), (unknown.Code, unknown.Position!.Value.Line, unknown.Position!.Value.Column));
        Assert.StartsWith("The rule KMY01 is not in the rule set (9 rules: KMY001, ", unknown.Message, StringComparison.Ordinal);
    }

    private string Folder(string name, params (string File, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }
}
