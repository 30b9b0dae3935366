namespace Kamiyama.Domain.Sources;

/// <summary>How far reading several sources has got (<see cref="ReadOptions.Progress"/>): reported after each source.</summary>
/// <param name="Read">How many sources have been read, this one included.</param>
/// <param name="Total">How many there are, or 0 when that is not known in advance.</param>
/// <param name="Source">The name of the source just read.</param>
public readonly record struct ReadProgress(int Read, int Total, string Source);
