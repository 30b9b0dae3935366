namespace Kamiyama.Domain.Sources;

/// <summary>
/// Anything that evaluation sheets can be read from: a published text file, a JSON file, a stream, a city system's own
/// database. What comes after a source (rules, reports, the command line) never depends on which one it was.
/// Reading never throws for bad content: problems are <see cref="ReadResult.Diagnostics"/>.
/// </summary>
public interface ISheetSource
{
    /// <summary>The source's name as positions and messages show it (a file name, <c>db:sheets</c>).</summary>
    string Name { get; }

    /// <summary>Reads the whole document.</summary>
    /// <param name="options">How strictly to read; <see cref="ReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The document and every problem found.</returns>
    /// <exception cref="IOException">The source could not be opened at all (a missing file, a closed connection).</exception>
    ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default);
}
