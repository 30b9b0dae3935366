using Kamiyama.Domain.Json;
using Kamiyama.Domain.Tests.Sample;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>The JSON of the whole bundled sample, committed: any change to the format shows in review.</summary>
public sealed class EvaluationJsonSnapshotTests
{
    [Fact]
    public void Serialize_Sample_MatchesTheCommittedSnapshot() =>
        Snapshot.Match(EvaluationJson.Serialize(KaminoyamaSample.Build()), RepositoryFiles.Snapshot("EvaluationJsonSnapshotTests.Sample"));
}
