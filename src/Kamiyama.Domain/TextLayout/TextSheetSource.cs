using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Reads the published text layout of an evaluation document (実施計画兼予算要求書（検証） and 施策 sheets, as in the
/// bundled sample): UTF-8 with or without BOM, LF or CRLF. Never throws for bad content: whatever can be read becomes the
/// document, and every problem becomes a diagnostic with its line and column; text that fits no field is kept in
/// <see cref="Sheets.Sheet.Unrecognized"/>.
/// </summary>
public sealed class TextSheetSource : ISheetSource
{
    private readonly Func<byte[]> _load;

    private TextSheetSource(string name, Func<byte[]> load)
    {
        Name = name;
        _load = load;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>A source reading a file; the file is read when <see cref="Read"/> is called.</summary>
    /// <param name="path">The file's path; positions name it as given.</param>
    /// <returns>The source.</returns>
    public static TextSheetSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TextSheetSource(path, () => File.ReadAllBytes(path));
    }

    /// <summary>A source reading text already in memory.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name positions show.</param>
    /// <returns>The source.</returns>
    public static TextSheetSource FromString(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        return new TextSheetSource(name, () => System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A source reading bytes already in memory.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="name">The name positions show.</param>
    /// <returns>The source.</returns>
    public static TextSheetSource FromBytes(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        return new TextSheetSource(name, () => bytes);
    }

    /// <summary>A source reading a stream to its end, once, when first read; the caller disposes the stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">The name positions show.</param>
    /// <returns>The source.</returns>
    public static TextSheetSource FromStream(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new Lazy<byte[]>(() =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
        return new TextSheetSource(name, () => bytes.Value);
    }

    /// <summary>The bundled sample: 上山市 令和4年度 chapter 5.</summary>
    /// <returns>The source.</returns>
    public static TextSheetSource Bundled()
    {
        using var stream = BundledSample.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), BundledSample.FileName);
    }

    /// <inheritdoc />
    public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ReadOptions.Default;
        var context = new ReaderContext(Name, options);
        var text = SourceText.Decode(_load(), context);
        if (context.Diagnostics.Any(d => d.Code == ReaderDiagnosticCodes.NotText))
        {
            // Bytes that are not text (a binary file, another encoding) would read as pages of mojibake: say so once.
            return new ReadResult(new EvaluationDocument(null, []), context.Diagnostics);
        }

        var document = DocumentParser.Parse(SourceText.Lines(text), context, cancellationToken);
        return new ReadResult(document, context.Diagnostics.Concat(DuplicateSheets.Find(document, options)));
    }
}
