namespace Kamiyama.Domain.Samples;

/// <summary>
/// The sample shipped inside the library: 上山市 (Kaminoyama City), 令和4年度 evaluation, chapter 5 of its 振興計画,
/// in the published text layout. Commands and examples run on it when given no file.
/// </summary>
internal static class BundledSample
{
    private const string ResourceName = "Kamiyama.Domain.Samples.kaminoyama-r4-chapter5.txt";

    /// <summary>The sample's file name, for messages and source positions.</summary>
    public const string FileName = "kaminoyama-r4-chapter5.txt";

    /// <summary>Opens the sample's bytes (UTF-8 text).</summary>
    /// <returns>A stream the caller disposes.</returns>
    public static Stream Open() =>
        typeof(BundledSample).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The bundled sample {ResourceName} is missing from the assembly.");

    /// <summary>Reads the sample's text.</summary>
    /// <returns>The text.</returns>
    public static string ReadText()
    {
        using var reader = new StreamReader(Open(), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
