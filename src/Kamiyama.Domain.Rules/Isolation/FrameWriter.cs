using System.Text;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>Writes frames to a pipe, one at a time from any thread; each frame is built in memory first.</summary>
internal sealed class FrameWriter(Stream stream)
{
    private readonly Lock _lock = new();
    private readonly MemoryStream _payload = new();
    private readonly byte[] _header = new byte[5];

    /// <summary>Writes one frame; <paramref name="write"/> fills its payload. Flushes when asked.</summary>
    public void Write(Frames kind, Action<BinaryWriter>? write = null, bool flush = true)
    {
        lock (_lock)
        {
            _payload.SetLength(0);
            if (write is not null)
            {
                using var writer = new BinaryWriter(_payload, Encoding.UTF8, leaveOpen: true);
                write(writer);
            }

            _header[0] = (byte)kind;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(_header.AsSpan(1), (int)_payload.Length);
            stream.Write(_header);
            stream.Write(_payload.GetBuffer().AsSpan(0, (int)_payload.Length));
            if (flush)
            {
                stream.Flush();
            }
        }
    }

    /// <summary>Flushes what was written.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            stream.Flush();
        }
    }

    /// <summary>Reads one frame; null at the end of the stream (or a cut frame).</summary>
    public static (Frames Kind, byte[] Payload)? Read(Stream stream, int maxLength = int.MaxValue)
    {
        Span<byte> header = stackalloc byte[5];
        if (!Fill(stream, header))
        {
            return null;
        }

        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header[1..]);
        if (length < 0 || length > maxLength)
        {
            throw new InvalidDataException($"A frame of {length} bytes is not allowed.");
        }

        var payload = new byte[length];
        return Fill(stream, payload) ? ((Frames)header[0], payload) : null;
    }

    private static bool Fill(Stream stream, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer[read..]);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
