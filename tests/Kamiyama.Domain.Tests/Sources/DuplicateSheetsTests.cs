using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests;

/// <summary>
/// A 施策 code or a 事業 (its name and 繰越 mark) with two sheets in one document: both are kept, and each is a warning
/// (KRD013) at its own place that names the other, whichever reader or combination of files the document came from.
/// </summary>
public sealed class DuplicateSheetsTests : IDisposable
{
    // The sample does not end with a line break; one is added so that copies start on a line of their own.
    private static readonly string SampleText = BundledSample.ReadText().TrimEnd('\n') + "\n";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-duplicates-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Read_TheSample_HasNoDuplicate_ItsOneSheetsOfOneNameDifferOnlyBy繰越()
    {
        var read = TextSheetSource.FromString(SampleText, "sample.txt").Read();

        Assert.DoesNotContain(read.Diagnostics, d => d.Code == ReaderDiagnosticCodes.Duplicate);
        // 総務一般管理費 and 総務一般管理費（繰越）: one name, two sheets, not a duplicate.
        Assert.Equal(2, read.Document.ProjectSheets.Count(p => p.Name == "総務一般管理費"));
    }

    [Fact]
    public void Read_TheSampleTwiceInOneFile_WarnsAtEverySheetOfBothCopies_NamingTheOther()
    {
        var single = TextSheetSource.FromString(SampleText, "one.txt").Read().Document;
        var offset = SampleText.Count(c => c == '\n');
        var doubled = TextSheetSource.FromString(SampleText + SampleText, "two.txt").Read();

        var warnings = doubled.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.Duplicate).ToList();

        Assert.Equal(2 * single.Sheets.Count, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        for (var i = 0; i < single.Sheets.Count; i++)
        {
            var sheet = single.Sheets[i];
            var field = sheet is MeasureSheet ? Field.MeasureItem : Field.Name;
            var at = single.Sources.Find(sheet, field)!.Value;
            var first = new SourcePosition("two.txt", at.Line, at.Column);
            var second = new SourcePosition("two.txt", at.Line + offset, at.Column);
            var atFirst = Assert.Single(warnings, w => w.Position == first);
            var atSecond = Assert.Single(warnings, w => w.Position == second);
            Assert.EndsWith($"The other is at {second}.", atFirst.Message, StringComparison.Ordinal);
            Assert.EndsWith($"The other is at {first}.", atSecond.Message, StringComparison.Ordinal);
            var kind = sheet is MeasureSheet m ? $"施策 {m.Code}" : $"事業 {sheet.Title}";
            Assert.StartsWith($"{kind} has 2 sheets in this document", atFirst.Message, StringComparison.Ordinal);
            Assert.Equal(sheet is MeasureSheet m2 ? m2.Code.ToString() : sheet.Title, atFirst.Location.Path);
        }

        // Nothing is dropped: both copies are in the document.
        Assert.Equal(2 * single.Sheets.Count, doubled.Document.Sheets.Count);
    }

    [Fact]
    public void Read_StrictMode_MakesADuplicateAnError()
    {
        var read = TextSheetSource.FromString(SampleText + SampleText, "two.txt").Read(new ReadOptions { Strict = true });

        Assert.Contains(read.Diagnostics, d => d.Code == ReaderDiagnosticCodes.Duplicate);
        Assert.All(read.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.Duplicate), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.True(read.HasErrors);
    }

    [Fact]
    public void Read_JsonWithOne施策Twice_WarnsAtBothSheetsWithTheirJsonLines()
    {
        var sample = TextSheetSource.FromString(SampleText, "sample.txt").Read().Document;
        var measure = sample.MeasureSheets.First();
        var document = new EvaluationDocument(sample.FiscalYear, [measure, measure with { Reason = "別の理由" }]);
        var json = EvaluationJson.Serialize(document);
        var lines = json.Split('\n');
        // The writer puts each sheet's measure object on its own lines; find them by reading the text, not the reader.
        var measureLines = lines.Select((text, index) => (text, line: index + 1)).Where(l => l.text.Contains("\"measure\":", StringComparison.Ordinal)).Select(l => l.line).ToList();

        var read = JsonSheetSource.FromString(json, "doc.json").Read();

        var warnings = read.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.Duplicate).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(measureLines, warnings.Select(w => w.Position!.Value.Line));
        Assert.All(warnings, w => Assert.Equal("doc.json", w.Position!.Value.File));
        Assert.Contains($"The other is at doc.json({measureLines[1]},", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheSameSheetInTwoFiles_IsFoundOnce_AtEachPlace()
    {
        var a = Write("a.txt", SampleText);
        var b = Write("b.txt", SampleText + SampleText);

        var read = DocumentInputs.Read([a, b]);

        var warnings = read.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.Duplicate).ToList();
        var sheets = TextSheetSource.FromString(SampleText, "x").Read().Document.Sheets.Count;
        // Each of the sample's sheets is in three places; each place is warned about once, not again by its own file.
        Assert.Equal(3 * sheets, warnings.Count);
        Assert.Equal(warnings.Count, warnings.Select(w => w.Position).Distinct().Count());
        Assert.All(warnings, w => Assert.Contains("has 3 sheets in this document", w.Message, StringComparison.Ordinal));
        var first = warnings.First(w => w.Position!.Value.File == a);
        Assert.Contains(b, first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyCopies_NamesThreeOtherPlacesAndCountsTheRest()
    {
        var text = string.Concat(Enumerable.Repeat(SampleText, 6));

        var read = TextSheetSource.FromString(text, "six.txt").Read();

        var warning = read.Diagnostics.First(d => d.Code == ReaderDiagnosticCodes.Duplicate);
        Assert.Contains("has 6 sheets in this document", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith(" and 2 more.", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Message.Split("six.txt(").Length - 1);
    }

    [Fact]
    public void Read_AHostSourceListingOneSheetObjectTwice_WarnsAtBoth_BySheetNumberWhenThereIsNoPosition()
    {
        var sample = TextSheetSource.FromString(SampleText, "sample.txt").Read().Document;
        var project = sample.ProjectSheets.First();
        var source = new HostSource(new EvaluationDocument(sample.FiscalYear, [project, sample.MeasureSheets.First(), project]));

        var read = DocumentInputs.Read([source]);

        var warnings = read.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.Duplicate).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.EndsWith("The other is at sheet 3.", warnings[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("The other is at sheet 1.", warnings[1].Message, StringComparison.Ordinal);
        Assert.All(warnings, w => Assert.Equal(project.Title, w.Location.Path));
    }

    [Fact]
    public void Read_OneNameWithAndWithout繰越_AndTwoCodes_AreNotDuplicates()
    {
        var sample = TextSheetSource.FromString(SampleText, "sample.txt").Read().Document;
        var project = sample.ProjectSheets.First(p => !p.IsCarriedOver);
        var measure = sample.MeasureSheets.First();
        var otherCode = measure with { Measure = new PlanItem(PlanCode.Parse("5-1-9"), measure.Measure.Title) };
        var source = new HostSource(new EvaluationDocument(sample.FiscalYear, [project, project with { IsCarriedOver = true }, measure, otherCode]));

        var read = DocumentInputs.Read([source]);

        Assert.DoesNotContain(read.Diagnostics, d => d.Code == ReaderDiagnosticCodes.Duplicate);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private sealed class HostSource(EvaluationDocument document) : ISheetSource
    {
        public string Name => "host";

        public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default) => new(document, []);
    }
}
