namespace Kamiyama.Domain.Sources;

/// <summary>How a source reads.</summary>
public sealed record ReadOptions
{
    /// <summary>The defaults: lenient about content that can be kept, reporting it as warnings.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Strict mode: every reader warning is reported as an error.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Told after each source when several are read as one (<see cref="DocumentInputs.Read(IEnumerable{ISheetSource}, ReadOptions?, CancellationToken)"/>),
    /// on the reading thread; a tool shows it on a terminal. None when null.
    /// </summary>
    public IProgress<ReadProgress>? Progress { get; init; }

    /// <summary>Set when the caller finds duplicate sheets itself, over several sources read as one: a source then does not.</summary>
    internal bool DuplicatesFoundByCaller { get; init; }
}
