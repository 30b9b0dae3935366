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
        var text = Domain.Text.OneLine.Escape(value.Total > 0 ? $"reading {value.Read}/{value.Total} {value.Source}" : $"reading {value.Read} {value.Source}");
        if (text.Length > 100)
        {
            text = string.Concat(text.AsSpan(0, 99), "…");
        }

        stderr.Write("\r" + text.PadRight(_width));
        _width = Math.Max(_width, text.Length);
        stderr.Flush();
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
