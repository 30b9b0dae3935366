using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Rules.Tests;

/// <summary>How a run walks a document: paths, the order of findings, where related places point, the outcome list.</summary>
public class EvaluationTests
{
    private static EvaluationDocument Document(params Sheet[] sheets) => new(new FiscalYear(2022), sheets);

    [Fact]
    public void RepeatedSheetPaths_AreNumberedInDocumentOrder_TheSameInSubjectsAndFindings()
    {
        var document = Document(
            Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")),
            Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")),
            Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")));

        var sheetPaths = DocumentSubjects.Of(document).Where(s => s.Value is Sheet).Select(s => s.Path);
        var findingPaths = RuleSet.FromRules(new ReasonRequired()).Evaluate(document).Findings.Select(f => f.Location.Path);

        Assert.Equal(["1-1-1", "1-1-1#2", "1-1-1#3"], sheetPaths);
        Assert.Equal(["1-1-1/目標値/a/実績", "1-1-1#2/目標値/a/実績", "1-1-1#3/目標値/a/実績"], findingPaths);
    }

    [Fact]
    public void ANumberedPath_SkipsAPathThatASheetHasOfItsOwn_WhereverThatSheetIs()
    {
        var document = Document(Make.Project("事業"), Make.Project("事業"), Make.Project("事業#2"), Make.Project("事業"));

        var paths = DocumentSubjects.Of(document).Where(s => s.Value is Sheet).Select(s => s.Path).ToList();

        Assert.Equal(["事業", "事業#3", "事業#2", "事業#4"], paths);
    }

    [Fact]
    public void RepeatedIndicatorNames_AreNumberedWithinTheirRow()
    {
        var document = Document(Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件"), Make.Row("a", "5件", "7件", "7件")));

        var findings = RuleSet.FromRules(new ReasonRequired()).Evaluate(document).Findings;

        Assert.Equal(["1-1-1/目標値/a/実績", "1-1-1/目標値/a#2/実績"], findings.Select(f => f.Location.Path));
        Assert.Equal(["1-1-1/目標値/a#2/目標", "1-1-1/理由"], findings[1].Related.Select(r => r.Path));
        Assert.Equal("「a」の実績 7件 が目標 5件 と異なりますが、理由が書かれていません。", findings[1].Message);
    }

    [Fact]
    public void TheSameIndicatorObjectTwiceOnASheet_HasTwoPaths()
    {
        var row = Make.Row("a", "5件", "6件", "6件");
        var document = Document(Make.Measure("1-1-1", "", row, row));

        var findings = RuleSet.FromRules(new ReasonRequired()).Evaluate(document).Findings;

        Assert.Equal(["1-1-1/目標値/a/実績", "1-1-1/目標値/a#2/実績"], findings.Select(f => f.Location.Path));
        Assert.Equal(["1-1-1/目標値/a", "1-1-1/目標値/a#2"], DocumentSubjects.Of(document).Where(s => s.Value is Indicator).Select(s => s.Path));
    }

    [Fact]
    public void FindingsWithoutPositions_ComeInDocumentOrder_ThenByRule_WhateverOrderTheRulesRan()
    {
        var document = Document(
            Make.Measure("2-1-1", "", Make.Row("a", "5件", "6件", "6件")),
            Make.Measure("1-1-1", "", Make.Row("b", "5件", "6件", "6件"), Make.Row("c", "5件", "6件", "6件")));

        var findings = RuleSet.FromRules(new ReasonRequired(), new EverySheet("TST200"), new EverySheet("TST100")).Evaluate(document).Findings;

        Assert.Equal(
            ["TST100 2-1-1", "TST200 2-1-1", "KMY001 2-1-1/目標値/a/実績", "TST100 1-1-1", "TST200 1-1-1", "KMY001 1-1-1/目標値/b/実績", "KMY001 1-1-1/目標値/c/実績"],
            findings.Select(f => $"{f.RuleId} {f.Location.Path}"));
    }

    [Fact]
    public void FindingsWithPositions_ComeByPosition_BeforeThoseWithout()
    {
        var document = Kamiyama.Domain.TextLayout.TextSheetSource.Bundled().Read().Document!;
        var withoutPositions = Document(Make.Measure("9-9-9", "", Make.Row("a", "5件", "6件", "6件")));
        var both = EvaluationDocument.Combine([document, withoutPositions]);

        var findings = RuleSet.FromRules(new ReasonRequired()).Evaluate(both).Findings;

        var positioned = findings.TakeWhile(f => f.Location.Position is not null).ToList();
        Assert.Equal(positioned.OrderBy(f => f.Location.Position!.Value.Line), positioned);
        Assert.True(positioned.Count > 0 && positioned.Count < findings.Count);
        Assert.All(findings.Skip(positioned.Count), f => Assert.Null(f.Location.Position));
    }

    [Fact]
    public void ARelatedPlaceOnAnotherSheet_IsFoundThere()
    {
        var first = Make.Measure("1-1-1", "", Make.Row("a", "5件", "5件", "6件"));
        var second = Make.Measure("1-1-2", "", Make.Row("b", "5件", "5件", "6件"));

        var finding = Assert.Single(RuleSet.FromRules(new PointsAtFirstSheet(first)).Evaluate(Document(first, second)).Findings, f => f.Message == "1-1-2");

        Assert.Equal("1-1-2/目標値/b", finding.Location.Path);
        Assert.Equal([new DiagnosticLocation("1-1-1/理由", null, "先頭の理由"), new DiagnosticLocation("/", null, "文書")], finding.Related);
    }

    [Fact]
    public void TheContext_GivesTheSubjectWithItsPathAndSheet()
    {
        var sheet = Make.Measure("1-1-1", "", Make.Row("a", "5件", "5件", "6件"), Make.Row("b", "5件", "5件", "6件"));

        var findings = RuleSet.FromRules(new EchoSubject()).Evaluate(Document(sheet)).Findings;

        Assert.Equal(["1-1-1/目標値/a in 1-1-1 (1-1-1)", "1-1-1/目標値/b in 1-1-1 (1-1-1)"], findings.Select(f => f.Message));
    }

    [Fact]
    public void Outcomes_ListEveryRuleAndSubject_WithTheNotPassedAmongThem_BeyondAnyChunk()
    {
        var sheets = Enumerable.Range(1, 600)
            .Select(i => Make.Measure($"1-1-{i}", i % 3 == 0 ? "理由あり" : "", Make.Row("a", "5件", i % 2 == 0 ? "6件" : "5件", "6件")))
            .ToArray();

        var run = RuleSet.FromRules(new ReasonRequired()).Evaluate(Document(sheets));

        var fails = run.Outcomes.Where(o => o.Kind == OutcomeKind.Fail).Select(o => o.SubjectPath).ToList();
        var expected = Enumerable.Range(1, 600).Where(i => i % 2 == 0 && i % 3 != 0).Select(i => $"1-1-{i}/目標値/a").ToList();
        Assert.Equal(600, run.Outcomes.Count);
        Assert.Equal(expected, fails);
        Assert.Equal(expected.Count, run.Count(OutcomeKind.Fail));
        Assert.Equal(600 - expected.Count, run.Count(OutcomeKind.Pass));
        Assert.Equal(expected.Select(p => p + "/実績"), run.Findings.Select(f => f.Location.Path));
    }

    [Fact]
    public void ARuleOfAnyObject_SeesTheDocumentEverySheetAndEveryIndicator_ASheetRuleOnlySheets()
    {
        var document = Document(
            Make.Measure("1-1-1", "", Make.Row("a", "5件", "5件", "6件"), Make.Row("b", "5件", "5件", "6件")),
            Make.Project("事業"),
            Make.Measure("1-1-2", "", Make.Row("c", "5件", "5件", "6件")));

        var run = RuleSet.FromRules(new EveryObject(), new EverySheet("TST100")).Evaluate(document);

        Assert.Equal(["/", "1-1-1", "1-1-1/目標値/a", "1-1-1/目標値/b", "事業", "1-1-2", "1-1-2/目標値/c"], run.Findings.Where(f => f.RuleId == "TST500").Select(f => f.Location.Path));
        Assert.Equal(["1-1-1", "事業", "1-1-2"], run.Findings.Where(f => f.RuleId == "TST100").Select(f => f.Location.Path));
        Assert.Equal(10, run.Outcomes.Count);
    }

    [Fact]
    public void ALocationMadeByTheEngine_EqualsOneWrittenOut()
    {
        var finding = RuleSet.FromRules(new ReasonRequired()).Evaluate(Document(Make.Measure("1-1-1", "", Make.Row("a", "5件", "6件", "6件")))).Findings.Single();

        var written = new DiagnosticLocation("1-1-1/目標値/a/実績", null, "実績");

        Assert.Equal(written, finding.Location);
        Assert.Equal(written.GetHashCode(), finding.Location.GetHashCode());
        Assert.Equal("1-1-1/目標値/a/実績", finding.Location.ToString());
        Assert.Equal("f.txt(3,4)", (finding.Location with { Position = new SourcePosition("f.txt", 3, 4) }).ToString());
        Assert.Equal("elsewhere", (finding.Location with { Path = "elsewhere" }).Path);
        var (path, position, label) = finding.Location;
        Assert.Equal(("1-1-1/目標値/a/実績", (SourcePosition?)null, "実績"), (path, position, label));
    }

    private static RuleDescriptor Descriptor(string id) => new()
    {
        Id = id,
        Title = "test",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "test",
        MessageFormat = "{text}",
        Description = "A rule for engine tests.",
    };

    private sealed class EverySheet(string id) : Rule<Sheet>
    {
        public override RuleDescriptor Descriptor { get; } = EvaluationTests.Descriptor(id);

        public override void Check(Sheet subject, RuleContext context) => context.Report(("text", "sheet"));
    }

    private sealed class EveryObject : Rule<object>
    {
        public override RuleDescriptor Descriptor { get; } = EvaluationTests.Descriptor("TST500");

        public override void Check(object subject, RuleContext context) => context.Report(("text", "any"));
    }

    private sealed class PointsAtFirstSheet(Sheet first) : Rule<Indicator>
    {
        public override RuleDescriptor Descriptor { get; } = EvaluationTests.Descriptor("TST300");

        public override void Check(Indicator subject, RuleContext context) =>
            context.Report(("text", context.Subject.Parent!.Path))
                .Related(first, Field.Reason, "先頭の理由")
                .Related(context.Document!, null, "文書");
    }

    private sealed class EchoSubject : Rule<Indicator>
    {
        public override RuleDescriptor Descriptor { get; } = EvaluationTests.Descriptor("TST400");

        public override void Check(Indicator subject, RuleContext context) =>
            context.Report(("text", $"{context.Subject.Path} in {context.Subject.Parent!.Path} ({DocumentSubjects.SheetPath(context.Sheet!)})"));
    }
}
