using System.Globalization;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Turns bytes into lines: UTF-8 with or without BOM (or UTF-16 with a BOM), LF, CRLF or CR.</summary>
internal static class SourceText
{
    /// <summary>Decodes the text, reporting bytes that are not UTF-8 and NUL characters.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, ReaderContext context)
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

            text = Encoding.UTF8.GetString(bytes);

            // Decoding replaces every invalid sequence with U+FFFD, so only a text that has one needs the bytes checked.
            var (invalid, firstInvalid) = text.Contains('\uFFFD', StringComparison.Ordinal) ? CountInvalidUtf8(bytes) : (0, -1);
            if (invalid > 0)
            {
                var line = 1 + bytes[..firstInvalid].Count((byte)'\n');
                context.Report(ReaderDiagnosticCodes.NotText, DiagnosticSeverity.Error, line, 1, Messages.InvalidUtf8, invalid, firstInvalid);
            }
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var nul = Lines(text).First(l => l.Text.Contains('\0'));
            context.Report(ReaderDiagnosticCodes.NotText, DiagnosticSeverity.Error, nul.Number, nul.Text.IndexOf('\0') + 1, Messages.NulCharacters);
        }

        return text;
    }

    /// <summary>
    /// The lines that are not blank, each numbered as it is in the text: nothing in the layout depends on a blank line,
    /// and about half the lines of a sheet are blank. Made one at a time, so that a line lives no longer than its sheet.
    /// </summary>
    internal static IEnumerable<Line> Lines(string text)
    {
        var number = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            var length = end < 0 ? text.Length - start : end;
            if (!text.AsSpan(start, length).IsWhiteSpace())
            {
                yield return new Line(number, text, start, length);
            }

            if (end < 0)
            {
                yield break;
            }

            var next = start + length + 1;
            if (text[start + length] == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }

            number++;
            start = next;
        }
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
