using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

public class PositionTests
{
    private static readonly EvaluationDocument Document = TextSheetSource.Bundled().Read().Document;

    private static SourcePosition? At(object element, Field? member = null) => Document.Sources.Find(element, member);

    [Fact]
    public void Sheets_PointAtTheirFirstLine()
    {
        Assert.Equal(
            [3, 54, 81, 106, 147, 175, 198, 238, 263, 305, 363, 391, 416, 444, 489],
            Document.Sheets.Select(s => At(s)!.Value.Line));
    }

    [Fact]
    public void Indicator_CellsHaveLineAndColumn()
    {
        var indicator = Document.MeasureSheets.Single(m => m.Code.ToString() == "5-3-1").Outcomes[0];

        Assert.Equal(new SourcePosition("kaminoyama-r4-chapter5.txt", 230, 5), At(indicator));
        Assert.Equal(new SourcePosition("kaminoyama-r4-chapter5.txt", 230, 25), At(indicator, Field.Target));
        Assert.Equal(new SourcePosition("kaminoyama-r4-chapter5.txt", 230, 29), At(indicator, Field.Actual));
        Assert.Equal(new SourcePosition("kaminoyama-r4-chapter5.txt", 230, 33), At(indicator, Field.NextTarget));
    }

    [Fact]
    public void Sheet_FieldsPointAtTheirLines()
    {
        var measure = Document.MeasureSheets.Single(m => m.Code.ToString() == "5-3-1");
        var project = Document.ProjectSheets.Single(p => p.IsCarriedOver);

        Assert.Equal(232, At(measure, Field.Reason)!.Value.Line);
        Assert.Equal(200, At(measure, Field.Department)!.Value.Line);
        Assert.Equal(211, At(measure, Field.Strategy)!.Value.Line);
        Assert.Equal(191, At(project, Field.Cost)!.Value.Line);
        Assert.Equal(new SourcePosition("kaminoyama-r4-chapter5.txt", 191, 16), At(project, Field.CostActual));
        Assert.Equal(177, At(project, Field.Account)!.Value.Line);
    }

    [Fact]
    public void AFieldWithNoPosition_FallsBackToTheElement() =>
        Assert.Equal(At(Document.Sheets[0]), At(Document.Sheets[0], Field.ItemDetails)); // a sheet has no position for an item's field

    [Fact]
    public void Positions_AreNotPartOfEquality() => Assert.Equal(Tests.Sample.KaminoyamaSample.Build(), Document);
}
