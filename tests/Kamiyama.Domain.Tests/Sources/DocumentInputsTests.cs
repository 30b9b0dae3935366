using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests;

/// <summary>
/// Paths as a city system or the command line names them: files, folders, patterns, standard input; opened by extension
/// or content; read as one document. Every data problem is a diagnostic at the path or file it is about.
/// </summary>
public sealed class DocumentInputsTests : IDisposable
{
    private static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-inputs-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Find_AFolder_IsItsTextAndJsonDocumentsInOrdinalOrder_WithoutTheConfigurationOrOtherFiles()
    {
        var folder = Folder("docs");
        foreach (var name in new[] { "b.txt", "A.json", "a.txt", "kamiyama.json", "notes.md", "c.TXT" })
        {
            Write(Path.Combine("docs", name), "x");
        }

        var found = DocumentInputs.Find([folder]);

        Assert.Empty(found.Diagnostics);
        Assert.Equal(["A.json", "a.txt", "b.txt", "c.TXT"], found.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void Find_AFileNamedTwice_ByItselfAndThroughItsFolder_IsReadOnce_WhereItFirstAppears()
    {
        var file = Write("docs/a.txt", "x");
        var other = Write("docs/b.txt", "x");

        var found = DocumentInputs.Find([other, Path.GetDirectoryName(file)!]);

        Assert.Equal([other, file], found.Files);
    }

    [Fact]
    public void Find_APatternInTheFileName_IsItsMatches_AndOneThatMatchesNothingIsAnError()
    {
        Write("docs/r4-ch5.txt", "x");
        Write("docs/r4-ch6.txt", "x");
        Write("docs/r5-ch5.txt", "x");
        var pattern = Path.Combine(_folder.FullName, "docs", "r4-*.txt");
        var nothing = Path.Combine(_folder.FullName, "docs", "r9-*.txt");

        var found = DocumentInputs.Find([pattern, nothing]);

        Assert.Equal(["r4-ch5.txt", "r4-ch6.txt"], found.Files.Select(Path.GetFileName));
        var error = Assert.Single(found.Diagnostics);
        Assert.Equal((ReaderDiagnosticCodes.NoDocuments, DiagnosticSeverity.Error, nothing), (error.Code, error.Severity, error.Position!.Value.File));
        Assert.True(found.HasErrors);
    }

    [Theory]
    [InlineData("nosuch.txt", ReaderDiagnosticCodes.NotFound, "No such file or folder.")]
    [InlineData("empty", ReaderDiagnosticCodes.NoDocuments, "The folder holds no document (*.txt, *.json).")]
    [InlineData("*/a.txt", ReaderDiagnosticCodes.NotFound, "Only the file name of a pattern may hold * or ?; name each folder as it is.")]
    public void Find_APathThatNamesNoDocument_IsAnErrorAtThatPath(string relative, string code, string message)
    {
        Folder("empty");
        Write("empty/readme.md", "not a document");
        var path = Path.Combine(_folder.FullName, relative);

        var found = DocumentInputs.Find([path]);

        Assert.Empty(found.Files);
        Assert.Equal([new Diagnostic(code, DiagnosticSeverity.Error, message, new SourcePosition(path, 1, 1), DiagnosticOrigin.Reader)], found.Diagnostics);
    }

    [Theory]
    [InlineData("sample.dat", true)]
    [InlineData("sample.dat", false)]
    [InlineData("sample", true)]
    public void Open_AFileWithAnotherExtension_IsReadByItsContent(string name, bool json)
    {
        var path = Write(name, json ? "\uFEFF \n" + EvaluationJson.Serialize(Sample) : TextLayoutWriter.Write(Sample));

        var result = DocumentInputs.Open(path).Read();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sample.Sheets, result.Document.Sheets);
        Assert.Equal(Sample.FiscalYear, result.Document.FiscalYear);
    }

    [Fact]
    public void Read_StandardInput_ReadsTheStreamByItsContent_UnderItsName()
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(EvaluationJson.Serialize(Sample)));

        var result = DocumentInputs.Read([DocumentInputs.StandardInput], standardInput: input);

        Assert.False(result.HasErrors);
        Assert.Equal(Sample.Sheets, result.Document.Sheets);
        Assert.Equal(DocumentInputs.StandardInput, result.Document.Sources.Find(result.Document.Sheets[0])?.File);
    }

    [Fact]
    public void Read_StandardInputWhereThereIsNone_IsAnError()
    {
        var result = DocumentInputs.Read([DocumentInputs.StandardInput]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((ReaderDiagnosticCodes.NotFound, "-"), (error.Code, error.Position!.Value.File));
    }

    [Fact]
    public void Read_TwoFilesOfOneYear_AreOneDocument_SheetsInTheOrderGiven()
    {
        var first = new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Take(4), Sample.Plan.Name);
        var second = new EvaluationDocument(Sample.FiscalYear, Sample.Sheets.Skip(4), null);
        var a = Write("a.json", EvaluationJson.Serialize(first));
        var b = Write("b.txt", TextLayoutWriter.Write(second));

        var result = DocumentInputs.Read([a, b]);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sample.Sheets, result.Document.Sheets);
        Assert.Equal(a, result.Document.Sources.Find(result.Document.Sheets[0])?.File);
        Assert.Equal(b, result.Document.Sources.Find(result.Document.Sheets[^1])?.File);
    }

    [Fact]
    public void Read_FilesOfDifferentFiscalYears_IsAnErrorAtTheFirstSheetOfTheOneThatDisagrees_NotAnException()
    {
        var r4 = Write("r4.json", EvaluationJson.Serialize(Sample));
        var r5 = Write("r5.json", EvaluationJson.Serialize(new EvaluationDocument(new Kamiyama.Domain.Time.FiscalYear(2023), Sample.Sheets, Sample.Plan.Name)));

        var result = DocumentInputs.Read([r4, r5]);

        var conflict = Assert.Single(result.Diagnostics);
        Assert.Equal(ReaderDiagnosticCodes.FiscalYearConflict, conflict.Code);
        Assert.Equal($"This document is for 令和5年度, but {r4} is for 令和4年度: documents of different fiscal years cannot be read as one.", conflict.Message);
        Assert.Equal(r5, conflict.Position!.Value.File);
        Assert.True(conflict.Position!.Value.Line > 1);
        Assert.Equal(Sample.Sheets, result.Document.Sheets);
    }

    [Fact]
    public void Read_ASourceThatCannotBeRead_IsAnErrorAtIt_AndTheOthersAreStillRead()
    {
        var good = TextSheetSource.Bundled();

        var result = DocumentInputs.Read([new Failing("locked.txt"), good]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(new Diagnostic(ReaderDiagnosticCodes.Unreadable, DiagnosticSeverity.Error, "The file could not be read: disk on fire", new SourcePosition("locked.txt", 1, 1), DiagnosticOrigin.Reader), error);
        Assert.Equal(Sample.Sheets, result.Document.Sheets);
    }

    [Fact]
    public void Read_TellsItsProgressAfterEachSource_ThoseThatFailIncluded()
    {
        var a = Write("a.json", EvaluationJson.Serialize(Sample));
        var b = Write("b.txt", "not a document at all");
        var c = Write("c.txt", TextLayoutWriter.Write(Sample));
        var seen = new List<ReadProgress>();

        var read = DocumentInputs.Read([a, b, c], new ReadOptions { Progress = new Recorder(seen) });

        Assert.True(read.HasErrors); // b is no document
        Assert.Equal([new ReadProgress(1, 3, a), new ReadProgress(2, 3, b), new ReadProgress(3, 3, c)], seen);
    }

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder(List<ReadProgress> seen) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => seen.Add(value);
    }

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(_folder.FullName, relative)).FullName;

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed class Failing(string name) : ISheetSource
    {
        public string Name { get; } = name;

        public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
