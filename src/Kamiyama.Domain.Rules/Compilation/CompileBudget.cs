namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The time a compilation of rule files may take. Binding can be made to take exponential time (lambdas nested in calls
/// of overloaded methods), so every call into Roslyn that binds (emit, diagnostics, the gates' semantic queries) passes
/// this token, which is cancelled when the limit is reached; the set is then refused with a diagnostic.
/// </summary>
internal static class CompileBudget
{
    [ThreadStatic]
    private static CancellationToken _token;

    /// <summary>The token of the compilation running on this thread (none outside one).</summary>
    public static CancellationToken Token => _token;

    /// <summary>Starts a compilation's budget on this thread; dispose the result to end it.</summary>
    public static Scope Begin(TimeSpan limit)
    {
        var source = limit == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(limit);
        var previous = _token;
        _token = source.Token;
        return new Scope(source, previous);
    }

    /// <summary>Ends a compilation's budget.</summary>
    public readonly struct Scope(CancellationTokenSource source, CancellationToken previous) : IDisposable
    {
        public void Dispose()
        {
            _token = previous;
            source.Dispose();
        }
    }
}
