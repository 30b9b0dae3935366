using Kamiyama.Domain.Planning;

namespace Kamiyama.Domain.Tests.Planning;

public class PlanTests
{
    private static PlanItem Item(string code, string title) => new(PlanCode.Parse(code), title);

    [Fact]
    public void FromItems_AnyOrder_NestsAndSorts()
    {
        var plan = Plan.FromItems("第7次上山市振興計画", [
            Item("5-2-1", "地域自治活動の育成"),
            Item("5-1-1", "多様な担い手が参画するまちづくりの推進"),
            Item("5", "つながる『みんなで創る住みよいまち』"),
            Item("5-2", "地域の自治活動を活性化します"),
            Item("5-1", "みんなが主役のまちづくりを推進します"),
            Item("5-1-1", "a second title is ignored"),
        ]);

        var chapter = Assert.Single(plan.Chapters);
        Assert.Equal("第5章 つながる『みんなで創る住みよいまち』", chapter.ToString());
        Assert.Equal(["5-1", "5-2"], chapter.Policies.Select(p => p.Item.Code.ToString()));
        Assert.Equal("多様な担い手が参画するまちづくりの推進", plan.Find(PlanCode.Parse("5-1-1"))?.Title);
        Assert.Equal(["5-1-1", "5-2-1"], plan.Measures.Select(m => m.Code.ToString()));
    }

    [Fact]
    public void FromItems_MissingParents_AreAddedWithEmptyTitles()
    {
        var plan = Plan.FromItems(null, [Item("3-5-2", "体験型観光の推進")]);

        Assert.True(plan.Contains(new PlanCode(3)));
        Assert.Equal(string.Empty, plan.Find(PlanCode.Parse("3-5"))?.Title);
        Assert.False(plan.Contains(PlanCode.Parse("3-5-1")));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        PlanItem[] items = [Item("5", "章"), Item("5-1", "政策"), Item("5-1-1", "施策")];

        Assert.Equal(Plan.FromItems("p", items), Plan.FromItems("p", items.Reverse()));
        Assert.NotEqual(Plan.FromItems("p", items), Plan.FromItems("p", items[..2]));
    }

    [Fact]
    public void Policy_MeasureOfAnotherPolicy_Throws() =>
        Assert.Throws<ArgumentException>(() => new Policy(Item("5-1", "政策"), [Item("5-2-1", "施策")]));

    [Fact]
    public void Chapter_WithPolicyCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new Chapter(Item("5-1", "政策"), []));
}
