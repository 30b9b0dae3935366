using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sample;

/// <summary>
/// Checks the hand-written <see cref="KaminoyamaSample"/> against the bundled text, line by line and cell by cell, so
/// the specification tests in <see cref="SampleModelTests"/> stand on a faithful model.
/// </summary>
public sealed class KaminoyamaSampleFidelityTests
{
    private static readonly EvaluationDocument Document = KaminoyamaSample.Build();
    private static readonly IReadOnlyList<SampleText.Segment> Segments = SampleText.Segments();

    [Fact]
    public void Sample_HasOneSegmentPerSheet_OfTheSameKind()
    {
        Assert.Equal(Document.Sheets.Count, Segments.Count);
        for (var i = 0; i < Segments.Count; i++)
        {
            var startsWithForm = Segments[i].Lines[0].Text == SampleText.ProjectFormTitle;
            Assert.Equal(startsWithForm, Document.Sheets[i] is ProjectSheet);
        }
    }

    [Fact]
    public void EveryProseLine_IsTheModelsText_InOrder()
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            var written = Segments[i].ProseLines.Select(l => l.Prose).ToList();
            Assert.Equal(ProseOf(Document.Sheets[i]), written);
        }
    }

    [Fact]
    public void EveryProjectHeader_NamesTheModelsDepartmentProjectAccountMeasuresAndStrategy()
    {
        foreach (var (project, segment) in Pairs<ProjectSheet>())
        {
            var (owner, measures) = (segment.HeaderRows[0].Cells, segment.HeaderRows[1].Cells);
            Assert.Equal(new[] { "所属", project.Department!.Name, "事業", project.Title, "予算科目", project.Account!.ToString() }, owner);
            Assert.Equal("施策", measures[0]);
            Assert.Equal(string.Join(' ', project.Measures), string.Join(' ', measures[1..3].Where(c => c.Length > 0)));
            Assert.Equal(new[] { "創生総合戦略", project.Strategy!.Text, string.Empty }, measures[3..]);
        }
    }

    [Fact]
    public void EveryMeasureTable_HoldsTheModelsOutcomes()
    {
        foreach (var (measure, segment) in Pairs<MeasureSheet>())
        {
            var rows = segment.TableRows;
            Assert.Equal(measure.Outcomes.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(i == 0 ? "目標値" : string.Empty, rows[i].Cells[0]);
                AssertRow(measure.Outcomes[i], rows[i].Cells[1..]);
            }
        }
    }

    [Fact]
    public void EveryProjectTable_HoldsTheModelsGoalActivitiesCostAndStaff()
    {
        foreach (var (project, segment) in Pairs<ProjectSheet>())
        {
            var rows = segment.TableRows.Select(r => r.Cells).ToList();
            Assert.Equal("目標", rows[0][0]);
            if (project.Goal is null)
            {
                Assert.All(rows[0][1..], cell => Assert.Empty(cell));
            }
            else
            {
                AssertRow(project.Goal, rows[0][1..]);
            }

            var costRow = rows.FindIndex(r => r.Contains("事業費（千円）"));
            var activityRows = rows[1..costRow].Where(r => r[1..].Any(c => c.Length > 0)).ToList();
            Assert.Equal("活動指標", rows[1][0]);
            Assert.Equal(project.Activities.Count, activityRows.Count);
            for (var i = 0; i < activityRows.Count; i++)
            {
                AssertRow(project.Activities[i], activityRows[i][1..]);
            }

            var (cost, staff) = (rows[costRow][^3..], rows[costRow + 1][^3..]);
            Assert.Contains("従事人工", rows[costRow + 1]);
            Assert.Equal(new[] { Cell(project.Cost.Budget), Cell(project.Cost.Actual), Cell(project.Cost.NextBudget) }, cost);
            Assert.Equal(new[] { Cell(project.Staff.Planned), Cell(project.Staff.Actual), Cell(project.Staff.NextPlanned) }, staff);
        }
    }

    private static IEnumerable<(T Sheet, SampleText.Segment Segment)> Pairs<T>()
        where T : Sheet => Document.Sheets.Zip(Segments).Where(p => p.First is T).Select(p => ((T)p.First, p.Second));

    private static List<string> ProseOf(Sheet sheet)
    {
        var lines = new List<string>();
        if (sheet is MeasureSheet m)
        {
            lines.AddRange([m.Department!.Name, new Chapter(m.Chapter, []).ToString(), m.Policy.ToString(), m.Measure.ToString(), m.Strategy!.Text]);
            foreach (var item in m.Purposes.Concat(m.Goals).Concat(m.Results))
            {
                lines.Add(item.ToString());
                lines.AddRange(item.Details);
            }
        }
        else if (sheet is ProjectSheet p)
        {
            lines.AddRange([p.Overview, p.Purpose]);
        }

        lines.AddRange(new[] { sheet.Reason, sheet.FutureActions }.Where(t => t.Length > 0));
        return lines;
    }

    private static void AssertRow(Indicator indicator, string[] cells)
    {
        Assert.Equal(4, cells.Length);
        Assert.Equal(indicator.Name, cells[0]);
        AssertCell(indicator.Target, cells[1]);
        AssertCell(indicator.Actual, cells[2]);
        AssertCell(indicator.NextTarget, cells[3]);
    }

    private static void AssertCell(IndicatorValue value, string cell)
    {
        if (value is IndicatorValue.Statement statement)
        {
            Assert.Equal(cell, statement.Text);
            return;
        }

        var written = IndicatorValue.Parse(cell);
        Assert.Equal(written, value);
        Assert.Equal(written.Number?.Scale, value.Number?.Scale);
    }

    private static string Cell(Figure<Money> figure) => figure.TryGetValue(out var money) ? money.ToString("K", null) : figure.ToString();

    private static string Cell(Figure<PersonYears> figure) => figure.ToString();
}
