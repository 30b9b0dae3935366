using System.Globalization;
using System.Text;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Turns bytes into lines: UTF-8 with or without BOM (or UTF-16 with a BOM), LF, CRLF or CR.</summary>
internal static class SourceText
{
    internal static Line[] Decode(ReadOnlySpan<byte> bytes, ReaderContext context)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            var (invalid, firstInvalid) = CountInvalidUtf8(bytes);
            text = Encoding.UTF8.GetString(bytes);
            if (invalid > 0)
            {
                var line = 1 + bytes[..firstInvalid].Count((byte)'\n');
                context.Report(ReaderDiagnosticCodes.NotText, DiagnosticSeverity.Error, line, 1, Messages.InvalidUtf8, invalid, firstInvalid);
            }
        }

        var lines = Split(text);
        var nul = lines.FirstOrDefault(l => l.Text.Contains('\0', StringComparison.Ordinal));
        if (nul is not null)
        {
            context.Report(ReaderDiagnosticCodes.NotText, DiagnosticSeverity.Error, nul.Number, nul.Text.IndexOf('\0', StringComparison.Ordinal) + 1, Messages.NulCharacters);
        }

        return lines;
    }

    internal static Line[] Split(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(new Line(number++, text[start..i]));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new Line(number, text[start..]));
        }

        return [.. lines];
    }

    private static (int Count, int First) CountInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (0, -1);
        }

        var count = 0;
        var first = -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                count++;
                first = first < 0 ? offset : first;
            }

            offset += Math.Max(consumed, 1);
        }

        return (count, first);
    }

    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
