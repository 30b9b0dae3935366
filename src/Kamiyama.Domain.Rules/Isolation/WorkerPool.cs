namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// The idle worker of a rule set: a run that ends with its worker sound hands it back, already holding the set's rules,
/// and the next run sends it only the document. One worker is kept, started with the same processor-time cap, retired once
/// it has used half of that cap (the cap counts over the worker's whole life); a worker that crashed, fell silent or was
/// cancelled mid-rule is never kept. Disposing the set ends the idle worker; a worker whose host dies sees its input end
/// and exits.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly Lock _gate = new();
    private (WorkerProcess Worker, TimeSpan Cpu)? _idle;
    private bool _disposed;

    /// <summary>The idle worker, if it was started with <paramref name="cpu"/> and can serve another run; else null.</summary>
    public WorkerProcess? Take(TimeSpan cpu)
    {
        WorkerProcess? stale = null;
        try
        {
            lock (_gate)
            {
                if (_idle is not var (worker, cap))
                {
                    return null;
                }

                _idle = null;
                if (cap == cpu && worker.CanServe(cpu))
                {
                    return worker;
                }

                stale = worker;
                return null;
            }
        }
        finally
        {
            stale?.Dispose();
        }
    }

    /// <summary>Keeps a sound worker for the next run, or ends it (one is kept already, it is worn, or the set is gone).</summary>
    public void Return(WorkerProcess worker, TimeSpan cpu)
    {
        lock (_gate)
        {
            if (!_disposed && _idle is null && worker.CanServe(cpu))
            {
                _idle = (worker, cpu);
                return;
            }
        }

        worker.Dispose();
    }

    /// <summary>Ends the idle worker, if there is one; the next run starts a new one (benchmarks of a first run).</summary>
    public void Clear()
    {
        WorkerProcess? idle;
        lock (_gate)
        {
            idle = _idle?.Worker;
            _idle = null;
        }

        idle?.Dispose();
    }

    /// <summary>Ends the idle worker; workers in use end with their runs.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        Clear();
    }
}
