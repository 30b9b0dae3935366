using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// One running rule worker, seen from the host: frames go in through its standard input and come back through its
/// standard output, read by a thread of their own; its standard error is drained (the start of it kept, to say why it
/// died). Disposing kills the worker if it is still running and waits for it, whatever happened before.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int KeptErrorChars = 16 * 1024;
    private const int MaxFrameBytes = 256 * 1024 * 1024;

    private readonly Process _process;
    private readonly FrameWriter _input;
    private readonly BlockingCollection<(Frames Kind, byte[] Payload)> _frames = new();
    private readonly StringBuilder _errors = new();
    private readonly Thread _reader;
    private readonly Thread _errorReader;
    private bool _silenced;
    private bool _disposed;

    private WorkerProcess(Process process)
    {
        _process = process;
        _input = new FrameWriter(new BufferedStream(process.StandardInput.BaseStream, 1 << 16));
        _reader = new Thread(ReadFrames) { IsBackground = true, Name = "Kamiyama worker reader" };
        _errorReader = new Thread(ReadErrors) { IsBackground = true, Name = "Kamiyama worker errors" };
        _reader.Start();
        _errorReader.Start();
    }

    /// <summary>The ids of the workers this process started (tests check that none is left running).</summary>
    internal static ConcurrentQueue<int> Started { get; } = new();

    /// <summary>Starts a worker.</summary>
    /// <exception cref="FileNotFoundException">The worker or the dotnet muxer is missing.</exception>
    public static WorkerProcess Start(TimeSpan cpu)
    {
        var process = Process.Start(WorkerLaunch.StartInfo(cpu)) ?? throw new InvalidOperationException("The rule worker did not start.");
        Started.Enqueue(process.Id);
        return new WorkerProcess(process);
    }

    /// <summary>Sends a frame; false when the worker is gone.</summary>
    public bool Send(Frames kind, Action<BinaryWriter>? write = null)
    {
        try
        {
            _input.Write(kind, write);
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>
    /// The next frame; null when the worker ended or sent nothing for <paramref name="silence"/> (then it is killed: the
    /// watchdog).
    /// </summary>
    public (Frames Kind, byte[] Payload)? Receive(TimeSpan silence, CancellationToken cancellation)
    {
        if (_frames.TryTake(out var frame, (int)Math.Min(silence.TotalMilliseconds, int.MaxValue), cancellation))
        {
            return frame;
        }

        if (!_frames.IsCompleted)
        {
            _silenced = true;
            Kill();
        }

        return null;
    }

    /// <summary>
    /// Whether the worker can take another run: it is running, it answered its last question, and it has used less than
    /// half of its processor-time cap (so a run cannot meet the cap because of the runs before it).
    /// </summary>
    public bool CanServe(TimeSpan cpu)
    {
        if (_disposed || _silenced || _frames.IsAddingCompleted)
        {
            return false;
        }

        try
        {
            return !_process.HasExited && (cpu == Timeout.InfiniteTimeSpan || _process.TotalProcessorTime < cpu / 2);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Drops frames left from an earlier run (none are expected: a worker is idle between runs).</summary>
    public void Drain()
    {
        while (_frames.TryTake(out _))
        {
        }
    }

    /// <summary>Why the worker is gone, in the engine's words: after <see cref="Receive"/> returned null.</summary>
    /// <remarks>
    /// A stack overflow is named even when the watchdog ended the worker: the runtime says so on standard error before it
    /// writes the stack, and writing a deep stack on a busy machine can outlast the silence allowed.
    /// </remarks>
    public string Cause(TimeSpan silence)
    {
        Kill();
        _errorReader.Join(1000);
        string errors;
        lock (_errors)
        {
            errors = _errors.ToString();
        }

        if (errors.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return "crashed (stack overflow)";
        }

        if (_silenced)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"stopped answering within {silence.TotalMilliseconds:0} ms and was ended");
        }

        var code = _process.HasExited ? _process.ExitCode : -1;

        if (errors.Contains("OutOfMemory", StringComparison.Ordinal) || errors.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
        {
            return "ran out of memory";
        }

        return code switch
        {
            134 => "crashed (stack overflow or an abort)",
            137 => "was killed (out of memory, or by the system)",
            152 => "used up its processor time",
            139 => "crashed (a memory fault)",
            _ => $"ended unexpectedly (exit code {code})",
        };
    }

    /// <summary>Asks the worker to exit, then makes sure it did.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited && Send(Frames.Exit) && _process.WaitForExit(2000))
        {
            _process.WaitForExit();
        }

        Kill();
        _reader.Join(5000);
        _errorReader.Join(5000);
        _frames.Dispose();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }
    }

    private void ReadFrames()
    {
        try
        {
            var output = _process.StandardOutput.BaseStream;
            while (FrameWriter.Read(output, MaxFrameBytes) is { } frame)
            {
                _frames.Add(frame);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException or InvalidOperationException)
        {
            // The worker died mid-frame, or sent something that is no frame: either way it is done.
        }
        finally
        {
            _frames.CompleteAdding();
        }
    }

    private void ReadErrors()
    {
        var buffer = new char[4096];
        try
        {
            int n;
            while ((n = _process.StandardError.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (_errors)
                {
                    if (_errors.Length < KeptErrorChars)
                    {
                        _errors.Append(buffer, 0, Math.Min(n, KeptErrorChars - _errors.Length));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Gone.
        }
    }
}
