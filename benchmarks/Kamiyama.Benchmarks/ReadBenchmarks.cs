using System.Text;
using BenchmarkDotNet.Attributes;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// Reading throughput of the published text layout on a large document built from the sample (its sheets repeated),
/// against a baseline that only decodes the bytes and splits them into lines — the least any reader must do.
/// MB/s = <see cref="Bytes"/> ÷ mean time.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>How many copies of the sample's sheets the document holds (15 sheets each).</summary>
    [Params(200)]
    public int Copies { get; set; }

    /// <summary>The document's size in bytes.</summary>
    public int Bytes => _bytes.Length;

    [GlobalSetup]
    public void Setup()
    {
        var sample = BundledSample.ReadText();
        var builder = new StringBuilder(sample.Length * Copies);
        for (var i = 0; i < Copies; i++)
        {
            builder.Append(sample).Append('\n');
        }

        _bytes = Encoding.UTF8.GetBytes(builder.ToString());
        Console.WriteLine($"// document: {_bytes.Length:N0} bytes, {Copies * 15:N0} sheets");
    }

    [Benchmark(Baseline = true)]
    public int DecodeAndSplitLines() => Encoding.UTF8.GetString(_bytes).Split('\n').Length;

    [Benchmark]
    public int ReadTextLayout() => TextSheetSource.FromBytes(_bytes, "large.txt").Read().Document.Sheets.Count;

    /// <summary>The first phase alone: decoding and splitting into lines, as the reader does it (it keeps the lines that are not blank).</summary>
    [Benchmark]
    public int DecodeLinesOnly() => SourceText.Lines(SourceText.Decode(_bytes, new ReaderContext("large.txt", ReadOptions.Default))).Count();
}
