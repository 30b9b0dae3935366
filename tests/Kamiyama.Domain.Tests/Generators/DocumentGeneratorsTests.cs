using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Generators;

/// <summary>The promises of <see cref="DocumentGenerators.Document"/> with <c>textExpressible: true</c>, checked on what it generates.</summary>
public sealed class DocumentGeneratorsTests
{
    private static readonly string[] Labels =
        ["所属", "振興計画", "施策", "創生総合戦略", "目的", "目標", "実績", "理由", "事業概要", "区分", "今後の取組", "活動指標", "目標値", "事業費", "従事人工"];

    [Fact]
    public void TextExpressibleDocument_EveryTextIsAPlainLineOfTheLayout() =>
        DocumentGenerators.Document(textExpressible: true).Sample(
            document =>
            {
                foreach (var line in Lines(document))
                {
                    Assert.True(IsPlainLine(line), $"'{line}' is not a plain line of the layout.");
                }
            },
            iter: 200);

    [Fact]
    public void TextExpressibleDocument_CodesNestAndEachCodeHasOneTitle() =>
        DocumentGenerators.Document(textExpressible: true).Sample(
            document =>
            {
                var titles = new Dictionary<PlanCode, string>();
                foreach (var measure in document.MeasureSheets)
                {
                    Assert.True(measure.Chapter.Code.IsAncestorOf(measure.Policy.Code) && measure.Policy.Code.IsAncestorOf(measure.Measure.Code));
                }

                foreach (var item in document.MeasureSheets.SelectMany(m => new[] { m.Chapter, m.Policy, m.Measure }).Concat(document.ProjectSheets.SelectMany(p => p.Measures)))
                {
                    Assert.Equal(titles.GetValueOrDefault(item.Code, item.Title), item.Title);
                    titles[item.Code] = item.Title;
                }

                Assert.Equal(document.MeasureSheets.Count(), document.MeasureSheets.Select(m => m.Code).Distinct().Count());
            },
            iter: 200);

    [Fact]
    public void TextExpressibleDocument_ValuesAreWhatTheLayoutWrites() =>
        DocumentGenerators.Document(textExpressible: true).Sample(
            document =>
            {
                Assert.NotEmpty(document.Sheets);
                Assert.InRange(document.FiscalYear!.Value.StartYear, 2000, 2030);
                foreach (var sheet in document.Sheets)
                {
                    Assert.True(sheet.Unrecognized.IsEmpty);
                    Assert.All(sheet.Indicators, i => Assert.Equal(IndicatorDirection.HigherIsBetter, i.Direction));
                    Assert.All(sheet.Indicators.Where(i => i.Kind != IndicatorKind.Qualitative).SelectMany(Cells), AssertQuantityCell);
                    if (sheet is MeasureSheet measure)
                    {
                        Assert.All(measure.Purposes.Concat(measure.Goals).Concat(measure.Results), item => Assert.InRange(item.Number!.Value, 1, 9));
                    }
                    else if (sheet is ProjectSheet project)
                    {
                        Assert.InRange(project.Measures.Count, 1, 2);
                        Assert.All(project.Measures, m => Assert.Equal(PlanLevel.Measure, m.Level));
                        Assert.All(new[] { project.Account!.Fund, project.Account.Division, project.Account.Section, project.Account.Item }, AssertAccountPart);
                        Assert.All(Cells(project.Goal), cell => Assert.True(cell is IndicatorValue.Statement or IndicatorValue.Blank));
                        Assert.All(new[] { project.Cost.Budget, project.Cost.Actual, project.Cost.NextBudget }.Where(f => f.HasValue), f => Assert.True(f.Value.Yen is >= 0 and <= 1_000_000_000 && f.Value.Yen % 1000 == 0));
                        Assert.All(new[] { project.Staff.Planned, project.Staff.Actual, project.Staff.NextPlanned }.Where(f => f.HasValue), f => Assert.InRange(f.Value.Value.Scale, 0, 2));
                    }
                }
            },
            iter: 200);

    [Fact]
    public void TextExpressibleDocument_WrittenInTheTextLayout_ReadsBackEqualWithoutDiagnostics() =>
        DocumentGenerators.Document(textExpressible: true).Sample(
            document =>
            {
                var read = TextSheetSource.FromString(TextLayoutWriter.Write(document), "generated.txt").Read();
                // Generated 事業 may share a name and 繰越 mark: each such sheet is a duplicate (KRD013), and nothing else is said.
                var duplicates = document.ProjectSheets.GroupBy(p => (p.Name, p.IsCarriedOver)).Where(g => g.Count() > 1).Sum(g => g.Count())
                    + document.MeasureSheets.GroupBy(m => m.Code).Where(g => g.Count() > 1).Sum(g => g.Count());
                Assert.Equal(duplicates, read.Diagnostics.Count(d => d.Code == ReaderDiagnosticCodes.Duplicate));
                Assert.DoesNotContain(read.Diagnostics, d => d.Code != ReaderDiagnosticCodes.Duplicate);
                Assert.Equal(document, read.Document);
            },
            iter: 300);

    private static IEnumerable<IndicatorValue> Cells(Indicator? indicator) =>
        indicator is null ? [] : [indicator.Target, indicator.Actual, indicator.NextTarget];

    private static void AssertQuantityCell(IndicatorValue cell)
    {
        Assert.True(cell is IndicatorValue.Quantity or IndicatorValue.NotApplicable or IndicatorValue.Blank);
        Assert.True(cell.UnitOrNone.IsNone || cell.UnitOrNone.IsKnown);
        if (cell is IndicatorValue.Quantity quantity)
        {
            Assert.InRange(quantity.Value, 0m, 100_000m);
            Assert.InRange(quantity.Value.Scale, 0, 2);
        }
    }

    private static void AssertAccountPart(BudgetAccountPart part)
    {
        Assert.Matches("^[0-9]{2}$", part.Code);
        Assert.DoesNotContain('・', part.Name);
        Assert.True(IsPlainLine(part.Name));
    }

    /// <summary>Every text of a document, multi-paragraph texts split into their lines (the strategy link is checked by its parser).</summary>
    private static IEnumerable<string> Lines(EvaluationDocument document)
    {
        foreach (var sheet in document.Sheets)
        {
            Assert.NotNull(sheet.Strategy);
            yield return sheet.Department!.Name;
            foreach (var paragraph in Paragraphs(sheet.Reason).Concat(Paragraphs(sheet.FutureActions)))
            {
                yield return paragraph;
            }

            foreach (var indicator in sheet.Indicators)
            {
                yield return indicator.Name;
                foreach (var statement in Cells(indicator).OfType<IndicatorValue.Statement>())
                {
                    yield return statement.Text;
                }
            }

            var items = sheet switch
            {
                MeasureSheet m => new[] { m.Chapter, m.Policy, m.Measure },
                ProjectSheet p => p.Measures.ToArray(),
                _ => [],
            };
            foreach (var item in items)
            {
                yield return item.Title;
            }

            if (sheet is MeasureSheet measure)
            {
                foreach (var entry in measure.Purposes.Concat(measure.Goals).Concat(measure.Results))
                {
                    yield return entry.Title;
                    foreach (var detail in entry.Details)
                    {
                        yield return detail;
                    }
                }
            }
            else if (sheet is ProjectSheet project)
            {
                yield return project.Name;
                foreach (var paragraph in Paragraphs(project.Overview).Concat(Paragraphs(project.Purpose)))
                {
                    yield return paragraph;
                }
            }
        }
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        var lines = text.Length == 0 ? [] : text.Split('\n');
        Assert.InRange(lines.Length, 0, 3);
        return lines;
    }

    private static bool IsPlainLine(string line) =>
        line.Length > 0
        && line == line.Trim()
        && line.IndexOfAny(['\t', '\r', '\n']) < 0
        && !char.IsAsciiDigit(line[0])
        && line[0] is not ('-' or '#' or '(' or '－' or '—')
        && !Labels.Any(label => line.StartsWith(label, StringComparison.Ordinal))
        && !line.Contains("実施計画兼予算要求書", StringComparison.Ordinal)
        && !line.Contains("年度", StringComparison.Ordinal);
}
