using System.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Cli;

/// <summary>
/// Progress through many input files on one line of a terminal's standard error (<c>reading 12/300 r4/5-1.txt</c>),
/// rewritten at most ten times a second and cleared when reading ends, so nothing of it stays in the output. Made only
/// when standard error is a terminal: redirected output stays silent.
/// </summary>
internal sealed class TerminalProgress(TextWriter stderr) : IProgress<ReadProgress>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _since = new();
    private int _width;

    public void Report(ReadProgress value)
    {
        var last = value.Total > 0 && value.Read == value.Total;
        if (value.Total == 1 || (_since.IsRunning && _since.Elapsed < Interval && !last))
        {
            return;
        }

        _since.Restart();
        var text = Fit(Domain.Text.OneLine.Escape(value.Total > 0 ? $"reading {value.Read}/{value.Total} {value.Source}" : $"reading {value.Read} {value.Source}"));
        var columns = Columns(text);
        stderr.Write("\r" + text + new string(' ', Math.Max(0, _width - columns)));
        _width = Math.Max(_width, columns);
        stderr.Flush();
    }

    /// <summary>The most columns the line takes: narrower than any terminal, so it never wraps (a wrapped line scrolls).</summary>
    private const int MaxColumns = 78;

    /// <summary>
    /// How many terminal columns text takes: two for an East Asian wide or fullwidth character (漢字, かな, ＡＢＣ) and for
    /// one outside the basic plane (𠮷, emoji), one for the rest.
    /// </summary>
    internal static int Columns(ReadOnlySpan<char> text)
    {
        var columns = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                columns += 2;
                i++;
                continue;
            }

            columns += IsWide(text[i]) ? 2 : 1;
        }

        return columns;
    }

    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>The text cut to <see cref="MaxColumns"/>, between characters, with an ellipsis when cut.</summary>
    private static string Fit(string text)
    {
        if (Columns(text) <= MaxColumns)
        {
            return text;
        }

        var end = 0;
        var columns = 0;
        while (end < text.Length)
        {
            var length = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var width = Columns(text.AsSpan(end, length));
            if (columns + width > MaxColumns - 1)
            {
                break;
            }

            columns += width;
            end += length;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    public void Dispose()
    {
        if (_width > 0)
        {
            stderr.Write("\r" + new string(' ', _width) + "\r");
            stderr.Flush();
        }
    }
}

/// <summary>Standard error when it is a terminal (not redirected): where <see cref="TerminalProgress"/> may be shown.</summary>
internal sealed class TerminalWriter(Stream stream) : StreamWriter(stream, new System.Text.UTF8Encoding(false))
{
}
