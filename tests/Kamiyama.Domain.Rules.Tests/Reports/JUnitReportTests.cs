using System.Text;
using System.Xml.Linq;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;
using Snapshooter.Xunit;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>JUnit XML: a suite per rule, a test case per rule and sheet, failed by its findings.</summary>
public class JUnitReportTests
{
    private static XDocument Parse(RuleRun run, out string text)
    {
        using var stream = new MemoryStream();
        JUnitReport.Write(run, stream);
        text = Encoding.UTF8.GetString(stream.ToArray());
        return XDocument.Parse(text);
    }

    private static string SheetOf(string path) => path.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? path[..slash] : path;

    [Fact]
    public void Sample_ASuitePerRule_ACasePerSheet_FailedWhereTheRuleFoundSomething()
    {
        var run = SampleFindingsTests.Run();
        var xml = Parse(run, out var text);

        Snapshot.Match(text, ReportFiles.Snapshot("ReportTests.SampleJUnit"));
        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(run.Rules.Select(r => $"{r.Id} {r.Title}"), suites.Select(s => (string)s.Attribute("name")!));

        // Expected from the findings themselves: one failed case for each rule and sheet with an error or a warning.
        var failing = run.Findings.Where(f => f.Severity != DiagnosticSeverity.Info).Select(f => (f.RuleId, Sheet: SheetOf(f.Location.Path))).Distinct().ToHashSet();
        var failed = suites.SelectMany(s => s.Elements("testcase").Where(c => c.Element("failure") is not null).Select(c => ((string)c.Attribute("classname")!, (string)c.Attribute("name")!))).ToHashSet();
        Assert.Equal(failing, failed);
        Assert.Equal(failing.Count, (int)xml.Root.Attribute("failures")!);
        Assert.Equal((int)xml.Root.Attribute("tests")!, suites.Sum(s => s.Elements("testcase").Count()));

        var kmy001 = suites.Single(s => ((string)s.Attribute("name")!).StartsWith("KMY001", StringComparison.Ordinal));
        var withIndicators = TextSheetSource.Bundled().Read().Document.Sheets.Count(s => s.Indicators.Any());
        Assert.Equal(withIndicators, kmy001.Elements("testcase").Count()); // KMY001 checks indicators: a case for each sheet that has any
        var note = run.Findings.First(f => f.Severity == DiagnosticSeverity.Info);
        var noted = suites.SelectMany(s => s.Elements("testcase")).Single(c => (string)c.Attribute("classname")! == note.RuleId && (string)c.Attribute("name")! == SheetOf(note.Location.Path));
        Assert.Null(noted.Element("failure"));
        Assert.Contains(note.Message, (string)noted.Element("system-out")!, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEngineError_IsAnErrorCase_AndHostileTextStaysWellFormed()
    {
        var descriptor = new RuleDescriptor { Id = "ZZZ010", Title = "t", DefaultSeverity = DiagnosticSeverity.Error, Category = "c", MessageFormat = "{text}", Description = "d" };
        var hostile = "]]></failure><testcase name=\"forged\"/>\u0001\uD800 ";
        var finding = new Finding("ZZZ010", DiagnosticSeverity.Error, hostile, new DiagnosticLocation("5-1-1/目標値/x", null), []);
        var run = new RuleRun(
            [descriptor],
            [finding],
            [],
            [new RuleOutcome("ZZZ010", "5-1-1/目標値/x", OutcomeKind.Fail), new RuleOutcome("ZZZ010", "5-1-2", OutcomeKind.Error, "InvalidOperationException: x")]);

        var xml = Parse(run, out _);

        var cases = xml.Root!.Element("testsuite")!.Elements("testcase").ToList();
        Assert.Equal(["5-1-1", "5-1-2"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.Contains("]]></failure><testcase name=\"forged\"/>\\u0001\\uD800", (string)cases[0].Element("failure")!, StringComparison.Ordinal);
        Assert.Equal("InvalidOperationException: x", (string)cases[1].Element("error")!);
        Assert.Equal((1, 1), ((int)xml.Root.Attribute("failures")!, (int)xml.Root.Attribute("errors")!));
    }
}
