using PublicApiGenerator;
using Snapshooter;

namespace Kamiyama.Domain.Rules.Tests.PublicApi;

/// <summary>
/// The public API of each package, approved: the snapshot beside this file is every public type and member with its
/// signature, so a change to the API shows in review as a change to the snapshot (and CI fails on one not committed).
/// Which of these members rules may use is decided separately, in RuleSurface.txt.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new() { IncludeAssemblyAttributes = false };

    private static SnapshotFullName Snapshot(string name) =>
        new(name + ".snap", Path.Combine(Reports.ReportFiles.SolutionFolder, "tests", "Kamiyama.Domain.Rules.Tests", "PublicApi"));

    [Fact]
    public void KamiyamaDomain_PublicApi_IsApproved() =>
        Snapshooter.Xunit.Snapshot.Match(typeof(EvaluationDocument).Assembly.GeneratePublicApi(Options), Snapshot("Kamiyama.Domain"));

    [Fact]
    public void KamiyamaDomainRules_PublicApi_IsApproved() =>
        Snapshooter.Xunit.Snapshot.Match(typeof(RuleSet).Assembly.GeneratePublicApi(Options), Snapshot("Kamiyama.Domain.Rules"));
}
