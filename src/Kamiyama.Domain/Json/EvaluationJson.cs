using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Json;

/// <summary>
/// 評価書のJSON — the JSON format of an <see cref="EvaluationDocument"/>: camelCase, indented, every property in a
/// fixed order (the same document always gives the same bytes), <c>"schemaVersion": 1</c> first, then the fiscal year,
/// the plan name and the sheets in document order. Sheets carry <c>"type": "measure" | "project"</c> and indicator
/// cells <c>"kind": "quantity" | "notApplicable" | "blank" | "statement"</c>. Only what the model stores is written
/// (money in yen, decimals with the scale they were written with); derived properties (titles, codes of sheets, the
/// plan, rates) are not, except the fiscal year's <c>label</c>, which is checked on reading. Described for other programs by
/// <c>schemas/evaluation-document.schema.json</c>; to read a file with diagnostics instead of exceptions, use
/// <see cref="JsonSheetSource"/>.
/// </summary>
public static class EvaluationJson
{
    /// <summary>The version of the format this library writes and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The serializer options of the format (read-only): with them, <see cref="JsonSerializer"/> reads and writes an
    /// <see cref="EvaluationDocument"/> as this class does, also as part of a larger object.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// What the format cannot hold: a lone surrogate in a text (UTF-8 has no encoding for it), one error
    /// (<see cref="WriterDiagnosticCodes.InvalidCharacter"/>) per text, naming the sheet and the <see cref="Sheets.Field"/>.
    /// Any other value of the model, control characters and NUL included, is written and reads back equal.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The refusals, in document order; empty when the document can be written.</returns>
    public static ValueArray<Diagnostic> Check(EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonCheck.Run(document);
    }

    /// <summary>Writes a document as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON, indented with two spaces and LF line ends, without a final line end.</returns>
    /// <exception cref="ArgumentException">A text of the document is not Unicode (<see cref="Check"/> says which).</exception>
    public static string Serialize(EvaluationDocument document)
    {
        ThrowIfRefused(document);
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>
    /// Writes a document as UTF-8 JSON (without a byte-order mark) to a stream as it goes: the writer's buffer is
    /// flushed to the stream every few tens of kilobytes, so the JSON is never held whole. The same bytes as
    /// <see cref="Serialize(EvaluationDocument)"/>.
    /// </summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentException">A text of the document is not Unicode (<see cref="Check"/> says which); nothing was written.</exception>
    public static void Serialize(Stream utf8Json, EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ThrowIfRefused(document);
        SerializeChecked(utf8Json, document);
    }

    /// <summary>Writes a document that <see cref="Check"/> has passed (the command line checks once, before it opens its output).</summary>
    internal static void SerializeChecked(Stream utf8Json, EvaluationDocument document)
    {
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        DocumentWriter.Write(writer, document, FlushThreshold);
        writer.Flush();
    }

    /// <summary>How many bytes the stream writer holds before it hands them to the stream.</summary>
    internal const int FlushThreshold = 64 * 1024;

    private static JsonWriterOptions WriterOptions => new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        NewLine = Options.NewLine,
        MaxDepth = Options.MaxDepth,
    };

    private static void ThrowIfRefused(EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var refused = JsonCheck.Run(document);
        if (!refused.IsEmpty)
        {
            throw new ArgumentException(Text.Messages.Format(Text.Messages.NotWritable, "as JSON", refused.Count, refused[0], nameof(EvaluationJson)), nameof(document));
        }
    }

    /// <summary>
    /// Reads a document. Properties the format does not define, properties given twice, missing required properties,
    /// values of the wrong type and values the model refuses (a policy code where a measure code belongs, negative
    /// person-years) are errors; texts, lists and nullable fields that are left out read as empty, and a left-out
    /// cell reads as blank.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document (its <see cref="EvaluationDocument.Sources"/> is empty: use <see cref="JsonSheetSource"/> for positions).</returns>
    /// <exception cref="JsonException">
    /// The text is not a document of this format, or of a newer version. The message starts with the JSON path and ends
    /// with the 1-based line and column; <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
    /// <see cref="JsonException.BytePositionInLine"/> (both 0-based, as System.Text.Json counts) say the same.
    /// </exception>
    public static EvaluationDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Read(WithoutByteOrderMark(Encoding.UTF8.GetBytes(json)), ReaderOptions);
    }

    internal static JsonReaderOptions ReaderOptions => new()
    {
        AllowTrailingCommas = Options.AllowTrailingCommas,
        CommentHandling = Options.ReadCommentHandling,
        MaxDepth = Options.MaxDepth,
    };

    /// <summary>Reads UTF-8 input into a result: the document, or an empty one and the diagnostic that says why.</summary>
    internal static ReadResult Read(byte[] utf8, string sourceName, ReadOptions options)
    {
        var input = WithoutByteOrderMark(utf8);
        var lines = new LineIndex(input);
        if (FirstInvalidByte(input.Span) is { } invalid)
        {
            var (line, column) = lines.Locate(invalid);
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, JsonMessages.NotUtf8, input.Span[invalid]);
            return Failed(ReaderDiagnosticCodes.NotText, message, new SourcePosition(sourceName, line, column));
        }

        var unrecognized = new List<Diagnostic>();
        try
        {
            var document = DocumentReader.Read(input, ReaderOptions, sourceName, unrecognized);
            var severity = options.Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            return new ReadResult(document, unrecognized.Select(d => d with { Severity = severity }).Concat(DuplicateSheets.Find(document, options)));
        }
        catch (JsonReadException exception)
        {
            return Failed(ReaderDiagnosticCodes.Malformed, exception.Detail, new SourcePosition(sourceName, exception.Line ?? 1, exception.Column ?? 1));
        }
    }

    private static ReadResult Failed(string code, string message, SourcePosition position) =>
        new(new EvaluationDocument(null, []), [new Diagnostic(code, DiagnosticSeverity.Error, message, position, DiagnosticOrigin.Reader)]);

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] utf8) =>
        utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8.AsMemory(Encoding.UTF8.Preamble.Length) : utf8;

    private static int? FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 64,
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new EvaluationDocumentConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
