using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Sample;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>Reading JSON as a sheet source: diagnostics instead of exceptions, and positions for everything read.</summary>
public sealed class JsonSheetSourceTests
{
    public static TheoryData<string, string, int, int, string> Malformed => MalformedInputs.Expected;

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedInput_GivesAnEmptyDocumentAndOneErrorSayingWhereAndWhat(string input, string code, int line, int column, string message)
    {
        using var stream = new MemoryStream(MalformedInputs.Inputs[input]);

        var result = JsonSheetSource.FromStream(stream, "broken.json").Read();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new Diagnostic(code, DiagnosticSeverity.Error, message, new SourcePosition("broken.json", line, column), DiagnosticOrigin.Reader), diagnostic);
        Assert.True(result.HasErrors);
        Assert.Equal(new EvaluationDocument(null, []), result.Document);
    }

    [Fact]
    public void MalformedInputs_CoverEveryExpectation() =>
        Assert.Equal(MalformedInputs.Inputs.Keys.Order(StringComparer.Ordinal), Malformed.Select(row => (string)row[0]).Order(StringComparer.Ordinal));

    [Fact]
    public void Read_AnyCorruptionOfAValidDocument_NeverThrowsAndGivesADocumentOrOneError()
    {
        var valid = Encoding.UTF8.GetBytes(JsonInputs.Valid);
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, 2]).Sample(
            (at, value, how) =>
            {
                byte[] corrupt = how switch
                {
                    0 => valid[..at],
                    1 => [.. valid[..at], value, .. valid[(at + 1)..]],
                    _ => [.. valid[..at], value, .. valid[at..]],
                };
                using var stream = new MemoryStream(corrupt);

                var result = JsonSheetSource.FromStream(stream, "corrupt.json").Read();

                Assert.True(!result.HasErrors || (result.Diagnostics.Count == 1 && result.Document.Sheets.IsEmpty));
            },
            iter: 3000);
    }

    [Fact]
    public void Read_ValidInput_GivesTheDocumentWithoutDiagnostics()
    {
        var result = JsonSheetSource.FromString(EvaluationJson.Serialize(KaminoyamaSample.Build()), "sample.json").Read();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(KaminoyamaSample.Build(), result.Document);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"sheets\": []}", 0)]
    [InlineData("{\"sheets\": []}", 1)]
    public void Read_AfterAByteOrderMark_ReadsAndCountsColumnsFromTheFirstCharacter(string json, int errors)
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]);

        var result = JsonSheetSource.FromStream(stream, "bom.json").Read();

        Assert.Equal(errors, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(new SourcePosition("bom.json", 1, 1), d.Position));
    }

    [Fact]
    public void Read_FromFile_PutsEachSheetAtItsObjectsLineAndColumn()
    {
        var json = EvaluationJson.Serialize(KaminoyamaSample.Build());
        var path = Path.Combine(Path.GetTempPath(), $"kamiyama-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var document = JsonSheetSource.FromFile(path).Read().Document;

            // Independently of the reader: in the indented output, a sheet's object opens on a line that is "    {".
            var lines = json.Split('\n');
            var sheetLines = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1] == "    {").ToList();
            Assert.Equal(sheetLines, document.Sheets.Select(sheet => document.Sources.Find(sheet)!.Value.Line));
            Assert.All(document.Sheets, sheet => Assert.Equal(new SourcePosition(path, document.Sources.Find(sheet)!.Value.Line, 5), document.Sources.Find(sheet)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_FromString_PutsIndicatorsAndTheirCellsAtTheirLines()
    {
        var json = EvaluationJson.Serialize(KaminoyamaSample.Build());
        var document = JsonSheetSource.FromString(json, "sample.json").Read().Document;
        var lines = json.Split('\n');
        var indicator = document.MeasureSheets.First().Outcomes[1];

        var own = document.Sources.Find(indicator)!.Value;
        var actual = document.Sources.Find(indicator, Field.Actual)!.Value;
        var department = document.Sources.Find(document.Sheets[1], Field.Department)!.Value;

        Assert.Equal("        {", lines[own.Line - 1]);
        Assert.Contains("\"name\": \"NPO法人数\"", lines[own.Line], StringComparison.Ordinal);
        Assert.Equal("          \"actual\": {", lines[actual.Line - 1]);
        Assert.Equal(21, actual.Column);
        Assert.Equal("      \"department\": \"市政戦略課\",", lines[department.Line - 1]);
        Assert.Equal(21, department.Column);
    }

    [Fact]
    public void Read_UnrecognizedLines_AreKeptAndReportedAsWarningsOrInStrictModeErrors()
    {
        var json = JsonInputs.With("\"strategy\": \"該当なし\",\n      \"outcomes\"", "\"strategy\": \"該当なし\",\n      \"unrecognized\": [\"※ 欄外の注記\"],\n      \"outcomes\"");
        var source = JsonSheetSource.FromString(json, "notes.json");

        var lenient = source.Read();
        var strict = source.Read(new ReadOptions { Strict = true });

        Assert.Equal(["※ 欄外の注記"], lenient.Document.Sheets[0].Unrecognized);
        var warning = new Diagnostic(
            ReaderDiagnosticCodes.Unrecognized,
            DiagnosticSeverity.Warning,
            "Content the original source could not place, kept as unrecognised: '※ 欄外の注記'.",
            new SourcePosition("notes.json", 12, 24), DiagnosticOrigin.Reader);
        Assert.Equal([warning], lenient.Diagnostics);
        Assert.Equal([warning with { Severity = DiagnosticSeverity.Error }], strict.Diagnostics);
        Assert.Equal(lenient.Document, strict.Document);
    }

    [Fact]
    public void Read_MissingFile_ThrowsIOException()
    {
        var source = JsonSheetSource.FromFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));

        Assert.ThrowsAny<IOException>(() => source.Read());
    }

    [Fact]
    public void Read_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => JsonSheetSource.FromString(JsonInputs.Valid, "x.json").Read(cancellationToken: cancellation.Token));
    }

    [Fact]
    public void FromStream_ReadsTheStreamOnce_AndCanBeReadAgain()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonInputs.Valid));
        var source = JsonSheetSource.FromStream(stream, "valid.json");

        var first = source.Read().Document;

        Assert.Equal(stream.Length, stream.Position);
        Assert.Equal(first, source.Read().Document);
        Assert.Equal(JsonSheetSource.FromString(JsonInputs.Valid, "valid.json").Read().Document, first);
        Assert.Equal(first, JsonSheetSource.FromBytes(Encoding.UTF8.GetBytes(JsonInputs.Valid), "valid.json").Read().Document);
        Assert.Equal("valid.json", source.Name);
    }
}
