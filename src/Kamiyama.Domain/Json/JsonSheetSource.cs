using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Reads an <see cref="EvaluationDocument"/> from the JSON format of <see cref="EvaluationJson"/>. Never throws for
/// bad content: input that is not a document of the format gives an empty document and one error diagnostic
/// (<see cref="ReaderDiagnosticCodes.Malformed"/>, or <see cref="ReaderDiagnosticCodes.NotText"/> for bytes that are not
/// UTF-8) with the line and column and what was expected. A document read this way knows where each sheet and
/// indicator, and each of their members, stands in the JSON (<see cref="EvaluationDocument.Sources"/>); lines a sheet
/// kept as unrecognised are reported as warnings (<see cref="ReaderDiagnosticCodes.Unrecognized"/>), as the reader
/// that kept them did.
/// </summary>
public sealed class JsonSheetSource : ISheetSource
{
    private readonly Func<byte[]> _load;

    private JsonSheetSource(string name, Func<byte[]> load)
    {
        Name = name;
        _load = load;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>A source that reads a file when <see cref="Read"/> is called; positions name the file by this path.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The source.</returns>
    public static JsonSheetSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new JsonSheetSource(path, () => File.ReadAllBytes(path));
    }

    /// <summary>A source over JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">The name positions and messages show.</param>
    /// <returns>The source.</returns>
    public static JsonSheetSource FromString(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        return new JsonSheetSource(name, () => utf8);
    }

    /// <summary>A source over UTF-8 JSON already in memory.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="name">The name positions and messages show.</param>
    /// <returns>The source.</returns>
    public static JsonSheetSource FromBytes(byte[] utf8Json, string name)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(name);
        return new JsonSheetSource(name, () => utf8Json);
    }

    /// <summary>
    /// A source over UTF-8 JSON in a stream, read to its end once, when first read (as
    /// <see cref="TextLayout.TextSheetSource.FromStream"/> does); the caller disposes the stream.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="name">The name positions and messages show.</param>
    /// <returns>The source.</returns>
    public static JsonSheetSource FromStream(Stream utf8Json, string name)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new Lazy<byte[]>(() =>
        {
            using var buffer = new MemoryStream();
            utf8Json.CopyTo(buffer);
            return buffer.ToArray();
        });
        return new JsonSheetSource(name, () => bytes.Value);
    }

    /// <inheritdoc />
    public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var utf8 = _load();
        cancellationToken.ThrowIfCancellationRequested();
        return EvaluationJson.Read(utf8, Name, options ?? ReadOptions.Default);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
