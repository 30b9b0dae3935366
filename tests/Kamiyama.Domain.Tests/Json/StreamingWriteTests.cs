using System.Text;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Tests.Sample;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>The writers hand their output over as they go: a large document is never held encoded whole.</summary>
public sealed class StreamingWriteTests
{
    // The sample's fifteen sheets forty times over: about 2 MB of JSON.
    private static readonly EvaluationDocument Large = new(
        KaminoyamaSample.Build().FiscalYear,
        Enumerable.Repeat(KaminoyamaSample.Build().Sheets, 40).SelectMany(s => s));

    [Fact]
    public void Serialize_ToStream_WritesInPiecesBeforeTheEndAndTheSameBytes()
    {
        using var stream = new RecordingStream();

        EvaluationJson.Serialize(stream, Large);

        var whole = Encoding.UTF8.GetBytes(EvaluationJson.Serialize(Large));
        Assert.Equal(whole, stream.ToArray());
        Assert.True(stream.Writes.Count > 10, $"{stream.Writes.Count} writes");
        Assert.True(stream.Writes.Max() < whole.Length / 10, $"largest write {stream.Writes.Max()} of {whole.Length} bytes");
    }

    [Fact]
    public void Write_ToTextWriter_WritesLineByLine()
    {
        using var writer = new RecordingWriter();

        TextLayoutWriter.Write(Large, writer);

        Assert.Equal(TextLayoutWriter.Write(Large), writer.ToString());
        Assert.True(writer.Largest < 4096, $"largest write {writer.Largest} characters");
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }
    }

    private sealed class RecordingWriter : StringWriter
    {
        public RecordingWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public int Largest { get; private set; }

        public override void Write(string? value)
        {
            Largest = Math.Max(Largest, value?.Length ?? 0);
            base.Write(value);
        }
    }
}
