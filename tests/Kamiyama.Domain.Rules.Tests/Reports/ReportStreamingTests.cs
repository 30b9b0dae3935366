using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// Every report format writes to its stream as it goes, so that a report of a national document is never held whole in
/// memory: the bytes arrive in many writes of bounded size, the first long before the end, and they are the same bytes
/// as the report written at once.
/// </summary>
public sealed class ReportStreamingTests
{
    // The sample's sheets 300 times over (事業 names made distinct): about 5,000 findings.
    private static readonly Lazy<(RuleRun Run, EvaluationDocument Document)> Large = new(() =>
    {
        var sample = TextSheetSource.Bundled().Read().Document;
        var sheets = Enumerable.Range(0, 300).SelectMany(k => sample.Sheets.Select(s => s is ProjectSheet p ? p with { Name = $"{p.Name}{k}" } : s));
        var document = new EvaluationDocument(sample.FiscalYear, sheets, sample.Plan.Name);
        return (RuleSet.FromRules(BuiltInRules.All()).Evaluate(document), document);
    });

    public static TheoryData<ReportFormat> Formats() => [.. Enum.GetValues<ReportFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_ALargeRun_ArrivesInBoundedWrites_TheFirstLongBeforeTheEnd(ReportFormat format)
    {
        var (run, document) = Large.Value;
        using var stream = new RecordingStream();

        Report.Write(format, run, document, stream);

        // A chunk of text is at most three UTF-8 bytes per character; a JSON writer's chunk is bytes already.
        var bound = 3 * ReportStreaming.Chunk + 4096;
        Assert.True(stream.Length > 4 * bound, $"The report ({stream.Length:N0} bytes) is too small to tell streaming from buffering.");
        Assert.True(stream.LargestWrite <= bound, $"{format}: one write of {stream.LargestWrite:N0} bytes; a streaming writer writes at most {bound:N0} at once.");
        Assert.True(stream.FirstWriteEnd < stream.Length / 4, $"{format}: the first write came at {stream.FirstWriteEnd:N0} of {stream.Length:N0} bytes.");
        using var whole = new MemoryStream();
        Report.Write(format, run, document, whole);
        Assert.Equal(whole.ToArray(), stream.ToArray());
    }

    /// <summary>Keeps what is written and records how it came.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public long LargestWrite { get; private set; }

        public long FirstWriteEnd { get; private set; } = -1;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _bytes.Length;

        public override long Position { get => _bytes.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _bytes.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _bytes.Write(buffer);
            if (FirstWriteEnd < 0)
            {
                FirstWriteEnd = _bytes.Length;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _bytes.Dispose();
            base.Dispose(disposing);
        }
    }
}
