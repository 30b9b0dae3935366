using System.Globalization;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// Finding, opening and reading the documents a caller names, as the command line does: files as given, folders as the
/// documents in them, patterns (<c>*</c> and <c>?</c> in the file name), <c>-</c> for a stream such as standard input;
/// each opened as JSON or as the published text layout by its extension, else by its content; all of them read into one
/// document. Nothing here throws for a data problem: a path that names nothing, a folder without documents, a file that
/// cannot be read and documents of different fiscal years are diagnostics at the path or file they are about.
/// </summary>
public static class DocumentInputs
{
    /// <summary>The name that stands for a stream the caller supplies (standard input on the command line).</summary>
    public const string StandardInput = "-";

    /// <summary>The rule configuration that may sit beside documents; a folder's documents never include it.</summary>
    public const string ConfigurationFileName = "kamiyama.json";

    private static readonly EnumerationOptions Pattern = new() { MatchType = MatchType.Simple, MatchCasing = MatchCasing.PlatformDefault, RecurseSubdirectories = false };

    /// <summary>
    /// The files that paths name, in the order given; a folder's <c>*.txt</c> and <c>*.json</c> files (not
    /// <see cref="ConfigurationFileName"/>), and a pattern's matches, in ordinal order of name. A file that appears twice
    /// is read once, where it first appears.
    /// </summary>
    /// <param name="paths">Files, folders, patterns, or <see cref="StandardInput"/> (kept as it is).</param>
    /// <returns>The files, and an error for each path that names no document.</returns>
    public static InputFiles Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            var found = Expand(path, diagnostics);
            foreach (var file in found)
            {
                if (file == StandardInput || seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return new InputFiles(files.ToValueArray(), diagnostics.ToValueArray());
    }

    /// <summary>
    /// A file as a document source: JSON for <c>.json</c>, the published text layout for <c>.txt</c>, and for any other
    /// name whichever its content is (JSON when its first character that is not white space is <c>{</c>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The source; the file is read when the source is.</returns>
    public static ISheetSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonSheetSource.FromFile(path);
        }

        return path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? TextSheetSource.FromFile(path) : new Sniffed(path, () => File.ReadAllBytes(path));
    }

    /// <summary>A stream as a document source, JSON or the published text layout by its content.</summary>
    /// <param name="stream">The stream; read to its end when the source is read, and left open.</param>
    /// <param name="name">The name diagnostics give it (<see cref="StandardInput"/> for standard input).</param>
    /// <returns>The source.</returns>
    public static ISheetSource Open(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var bytes = new Lazy<byte[]>(() =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
        return new Sniffed(name, () => bytes.Value);
    }

    /// <summary>
    /// Reads sources into one document (<see cref="EvaluationDocument.Combine"/>): every diagnostic of every source, a
    /// source that cannot be read (<see cref="ReaderDiagnosticCodes.Unreadable"/>) or that names another fiscal year than
    /// the first (<see cref="ReaderDiagnosticCodes.FiscalYearConflict"/>) as an error at that source. With any error the
    /// document holds what could be read, and <see cref="ReadResult.HasErrors"/> says so.
    /// </summary>
    /// <param name="sources">The sources, in order.</param>
    /// <param name="options">How strictly to read; the defaults when null.</param>
    /// <param name="cancellationToken">Stops reading between and within sources.</param>
    /// <returns>The document and every diagnostic.</returns>
    public static ReadResult Read(IEnumerable<ISheetSource> sources, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var documents = new List<EvaluationDocument>();
        var own = (options ?? ReadOptions.Default) with { DuplicatesFoundByCaller = true };
        var diagnostics = new List<Diagnostic>();
        (FiscalYear Year, string Source)? first = null;
        var total = sources.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var done = 0;
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            cancellationToken.ThrowIfCancellationRequested();
            ReadResult result;
            try
            {
                result = source.Read(own, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(ReaderDiagnosticCodes.Unreadable, DiagnosticSeverity.Error, Describe(e), new SourcePosition(source.Name, 1, 1), DiagnosticOrigin.Reader));
                continue;
            }
            finally
            {
                options?.Progress?.Report(new ReadProgress(++done, total, source.Name));
            }

            // Duplicates are found below, over the whole document, so that a sheet repeated in another file is found too
            // and none is said twice: this library's sources leave them to it, and a host's that reports its own is not repeated.
            diagnostics.AddRange(result.Diagnostics.Where(d => d.Code != ReaderDiagnosticCodes.Duplicate));
            if (result.Document.FiscalYear is { } year)
            {
                if (first is var (firstYear, firstSource) && year != firstYear)
                {
                    diagnostics.Add(new Diagnostic(
                        ReaderDiagnosticCodes.FiscalYearConflict,
                        DiagnosticSeverity.Error,
                        string.Format(CultureInfo.InvariantCulture, "This document is for {0}, but {1} is for {2}: documents of different fiscal years cannot be read as one.", year, firstSource, firstYear),
                        FiscalYearPosition(result.Document, source.Name), DiagnosticOrigin.Reader));
                    continue;
                }

                first ??= (year, source.Name);
            }

            documents.Add(result.Document);
        }

        var document = EvaluationDocument.Combine(documents);
        diagnostics.AddRange(DuplicateSheets.Find(document, options ?? ReadOptions.Default));
        return new ReadResult(document, diagnostics);
    }

    /// <summary>Finds, opens and reads paths into one document (<see cref="Find"/>, <see cref="Open(string)"/>, <see cref="Read(IEnumerable{ISheetSource}, ReadOptions?, CancellationToken)"/>).</summary>
    /// <param name="paths">Files, folders or patterns.</param>
    /// <param name="options">How strictly to read; the defaults when null.</param>
    /// <param name="standardInput">What <see cref="StandardInput"/> reads; null when it may not be named.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The document and every diagnostic, those of finding the files first.</returns>
    public static ReadResult Read(IEnumerable<string> paths, ReadOptions? options = null, Stream? standardInput = null, CancellationToken cancellationToken = default)
    {
        var found = Find(paths);
        var diagnostics = new List<Diagnostic>(found.Diagnostics);
        var sources = new List<ISheetSource>();
        foreach (var file in found.Files)
        {
            if (file != StandardInput)
            {
                sources.Add(Open(file));
            }
            else if (standardInput is not null)
            {
                sources.Add(Open(standardInput, StandardInput));
            }
            else
            {
                diagnostics.Add(new Diagnostic(ReaderDiagnosticCodes.NotFound, DiagnosticSeverity.Error, "Standard input cannot be read here.", new SourcePosition(StandardInput, 1, 1), DiagnosticOrigin.Reader));
            }
        }

        var read = Read(sources, options, cancellationToken);
        return new ReadResult(read.Document, diagnostics.Concat(read.Diagnostics));
    }

    private static IEnumerable<string> Expand(string path, List<Diagnostic> diagnostics)
    {
        if (path == StandardInput)
        {
            return [path];
        }

        var name = Path.GetFileName(path);
        var folder = Path.GetDirectoryName(path);
        var where = string.IsNullOrEmpty(folder) ? "." : folder;
        if (where.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            return Problem(diagnostics, path, ReaderDiagnosticCodes.NotFound, "Only the file name of a pattern may hold * or ?; name each folder as it is.");
        }

        if (name.AsSpan().IndexOfAny('*', '?') >= 0)
        {

            if (!Directory.Exists(where))
            {
                return Problem(diagnostics, path, ReaderDiagnosticCodes.NotFound, $"The folder {where} does not exist.");
            }

            var matches = Directory.EnumerateFiles(where, name, Pattern).Where(IsDocumentName).Select(f => string.IsNullOrEmpty(folder) ? Path.GetFileName(f) : f).Order(StringComparer.Ordinal).ToList();
            return matches.Count > 0 ? matches : Problem(diagnostics, path, ReaderDiagnosticCodes.NoDocuments, "No document (*.txt, *.json) matches this pattern.");
        }

        if (Directory.Exists(path))
        {
            var documents = Directory.EnumerateFiles(path).Where(IsDocumentName).Order(StringComparer.Ordinal).ToList();
            return documents.Count > 0 ? documents : Problem(diagnostics, path, ReaderDiagnosticCodes.NoDocuments, "The folder holds no document (*.txt, *.json).");
        }

        return File.Exists(path) ? [path] : Problem(diagnostics, path, ReaderDiagnosticCodes.NotFound, "No such file or folder.");
    }

    private static bool IsDocumentName(string file) =>
        (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        && !string.Equals(Path.GetFileName(file), ConfigurationFileName, StringComparison.OrdinalIgnoreCase);

    private static string[] Problem(List<Diagnostic> diagnostics, string path, string code, string message)
    {
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, new SourcePosition(path, 1, 1), DiagnosticOrigin.Reader));
        return [];
    }

    private static SourcePosition FiscalYearPosition(EvaluationDocument document, string source) =>
        document.Sheets.Count > 0 && document.Sources.Find(document.Sheets[0]) is { } position ? position : new SourcePosition(source, 1, 1);

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "The file does not exist.",
        DirectoryNotFoundException => "The folder of the file does not exist.",
        UnauthorizedAccessException => "The file may not be read (permission denied).",
        _ => "The file could not be read: " + Text.OneLine.Escape(e.Message),
    };

    /// <summary>A source that is JSON or the published text layout by its content.</summary>
    private sealed class Sniffed(string name, Func<byte[]> load) : ISheetSource
    {
        public string Name { get; } = name;

        public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default)
        {
            var bytes = load();
            return (LooksLikeJson(bytes) ? (ISheetSource)JsonSheetSource.FromBytes(bytes, Name) : TextSheetSource.FromBytes(bytes, Name)).Read(options, cancellationToken);
        }

        public override string ToString() => Name;

        private static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            var start = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
            return start >= 0 && bytes[start] == (byte)'{';
        }
    }
}
