using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Tests;

public class SourceMapTests
{
    private static readonly object[] Elements = [new(), new(), new(), new()];

    private static readonly Field?[] Members = [null, Field.Name, Field.Actual, Field.Target];

    /// <summary>Adds in any order: an element, a member (or none) and a line.</summary>
    private static readonly Gen<(int Element, int Member, int Line)[]> Adds =
        Gen.Select(Gen.Int[0, Elements.Length - 1], Gen.Int[0, Members.Length - 1], Gen.Int[1, 500]).Array[0, 40];

    private static SourcePosition At(int line) => new("map.txt", line, 1);

    private static SourceMap.Builder Build((int Element, int Member, int Line)[] adds, SourceMap.Builder? builder = null)
    {
        builder ??= new SourceMap.Builder();
        foreach (var (element, member, line) in adds)
        {
            builder.Add(Elements[element], At(line), Members[member]);
        }

        return builder;
    }

    /// <summary>The map's meaning, independently: the first position given for (element, member) wins.</summary>
    private static Dictionary<(int Element, Field? Member), SourcePosition> Oracle(IEnumerable<(int Element, int Member, int Line)> adds)
    {
        var positions = new Dictionary<(int, Field?), SourcePosition>();
        foreach (var (element, member, line) in adds)
        {
            positions.TryAdd((element, Members[member]), At(line));
        }

        return positions;
    }

    private static void AssertMatches(Dictionary<(int Element, Field? Member), SourcePosition> oracle, SourceMap map)
    {
        Assert.Equal(oracle.Count, map.Count);
        for (var element = 0; element < Elements.Length; element++)
        {
            foreach (var member in Members.Append(Field.Reason))
            {
                SourcePosition? expected = member is not null && oracle.TryGetValue((element, member), out var exact)
                    ? exact
                    : oracle.TryGetValue((element, null), out var own) ? own : null;
                Assert.Equal(expected, map.Find(Elements[element], member));
            }
        }
    }

    [Fact]
    public void Find_MemberWithoutPosition_FallsBackToTheElement()
    {
        var element = new object();
        var map = new SourceMap.Builder().Add(element, At(3)).Add(element, At(4), Field.Name).Build();

        Assert.Equal(At(4), map.Find(element, Field.Name));
        Assert.Equal(At(3), map.Find(element, Field.Actual));
        Assert.Equal(At(3), map.Find(element));
        Assert.Null(map.Find(new object()));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Add_SameMemberAgainLater_KeepsTheFirstPosition()
    {
        var (first, second) = (new object(), new object());
        var map = new SourceMap.Builder()
            .Add(first, At(1), Field.Name)
            .Add(second, At(2))
            .Add(first, At(3), Field.Name)
            .Add(first, At(4))
            .Build();

        Assert.Equal(At(1), map.Find(first, Field.Name));
        Assert.Equal(At(4), map.Find(first));
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void Add_InAnyOrder_FindsTheFirstPositionGiven() =>
        Adds.Sample(adds => AssertMatches(Oracle(adds), Build(adds).Build()), iter: 2000);

    [Fact]
    public void Build_ThenAdd_LeavesTheBuiltMapAsItWas() =>
        Gen.Select(Adds, Adds).Sample(
            (before, after) =>
            {
                var builder = Build(before);
                var first = builder.Build();
                var second = Build(after, builder).Build();

                AssertMatches(Oracle(before), first);
                AssertMatches(Oracle(before.Concat(after)), second);
            },
            iter: 1000);

    [Fact]
    public void Combine_KeepsTheFirstMapsPositionForAnElementInBoth() =>
        Gen.Select(Adds, Adds).Sample(
            (first, second) => AssertMatches(Oracle(first.Concat(second)), SourceMap.Combine([Build(first).Build(), Build(second).Build()])),
            iter: 1000);
}
