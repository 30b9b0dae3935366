using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Tests.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>
/// Built-in rules, a city's rule folder and the host's own rules compiled ahead of time in one set: ids unique across
/// all, configured alike, and in a worker run the scripts run in the worker and the compiled rules here, into one run.
/// </summary>
public sealed class CombinedSetTests : IDisposable
{
    private static readonly RuleOptions Isolated = new() { Isolation = RuleIsolation.Process };
    private readonly TempCache _cache = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-combined-");

    public CombinedSetTests() => File.WriteAllText(Path.Combine(_folder.FullName, "CITY001.csx"), RuleText.Rule("Named", "CITY001", "context.Report((\"name\", subject.Name));"));

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Delete(recursive: true);
    }

    private RuleLoadResult Load(params IRule[] compiled) => RuleLoader.LoadSet([_folder.FullName], includeBuiltIn: true, _cache.Options, compiled);

    [Fact]
    public void OneSet_HoldsAllThree_AndTheCompiledRuleHasNoFile()
    {
        var loaded = Load(new EveryProject());
        using var set = loaded.RuleSet!;

        Assert.True(loaded.Success, loaded.ToString());
        Assert.Equal(["CITY001", "HOST001", "KMY001", "KMY002", "KMY003", "KMY004", "KMY005", "KMY006", "KMY007", "KMY008", "KMY009"], set.Descriptors.Select(d => d.Id));
        Assert.Null(set.SourceOf("HOST001"));
        Assert.Equal(Path.Combine(_folder.FullName, "CITY001.csx"), set.SourceOf("CITY001")!.Value.File);
    }

    [Fact]
    public void InAWorker_TheCompiledRuleRunsHere_AndTheRunIsTheRunInProcess()
    {
        using var set = Load(new EveryProject()).RuleSet!;

        var inProcess = set.Evaluate(HostileRules.Sample);
        var before = Volatile.Read(ref EveryProject.Calls);
        var worker = set.Evaluate(HostileRules.Sample, Isolated);
        var calledHere = Volatile.Read(ref EveryProject.Calls) - before;

        var projects = HostileRules.Sample.Sheets.OfType<ProjectSheet>().Count();
        Assert.Equal(projects, worker.Findings.Count(f => f.RuleId == "HOST001"));
        Assert.Equal(HostileRules.Sample.Sheets.SelectMany(s => s.Indicators).Count(), worker.Findings.Count(f => f.RuleId == "CITY001"));
        Assert.Equal(3, worker.Findings.Count(f => f.RuleId == "KMY001"));
        WorkerEquivalenceTests.AssertSame(inProcess, worker);
        Assert.Equal(projects, calledHere); // the compiled rule ran in this process, once per project sheet
        Assert.NotEmpty(worker.Findings.Where(f => f.RuleId == "CITY001").Select(f => f.Location.Position!.Value));
    }

    [Fact]
    public void TheConfiguration_DisablesAndRelevels_TheCompiledRule()
    {
        using var set = Load(new EveryProject()).RuleSet!;
        var (options, problems) = RuleConfiguration.Read("""{ "rules": { "HOST001": { "severity": "error" }, "CITY001": { "enabled": false } } }""", "kamiyama.json", set);

        var run = set.Evaluate(HostileRules.Sample, options);

        Assert.Empty(problems);
        Assert.All(run.Findings.Where(f => f.RuleId == "HOST001"), f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
        Assert.DoesNotContain(run.Findings, f => f.RuleId == "CITY001");
    }

    [Fact]
    public void ACompiledRuleWithAnIdTheScriptsHave_IsKrl003NamingTheFile()
    {
        var loaded = Load(new EveryProject("KMY001"));

        Assert.Null(loaded.RuleSet);
        var clash = Assert.Single(loaded.Diagnostics);
        Assert.Equal(RuleDiagnosticCodes.InvalidDescriptor, clash.Code);
        Assert.Equal(typeof(EveryProject).FullName, clash.Location.Path);
        Assert.Contains("The rule id KMY001 of the rule compiled ahead of time", clash.Message, StringComparison.Ordinal);
        Assert.Contains("rules/KMY001-reason-required.csx(", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoCompiledRulesWithOneId_AndAnInvalidDescriptor_AreKrl003()
    {
        var loaded = Load(new EveryProject(), new EveryProject(), new EveryProject("lower1"));

        Assert.Null(loaded.RuleSet);
        Assert.Equal(2, loaded.Diagnostics.Count(d => d.Code == RuleDiagnosticCodes.InvalidDescriptor));
        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("is declared already, by another rule compiled ahead of time", StringComparison.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.RuleId == "lower1");
    }

    /// <summary>A host's rule, compiled with the host: one finding per project sheet.</summary>
    private sealed class EveryProject(string id = "HOST001") : Rule<ProjectSheet>
    {
        public static int Calls;

        public override RuleDescriptor Descriptor { get; } = new() { Id = id, Title = "事業", DefaultSeverity = DiagnosticSeverity.Info, Category = "host", MessageFormat = "{name}", Description = "Every project." };

        public override void Check(ProjectSheet sheet, RuleContext context)
        {
            Interlocked.Increment(ref Calls);
            context.Report(("name", sheet.Name)).At(sheet, Field.Name);
        }
    }
}
