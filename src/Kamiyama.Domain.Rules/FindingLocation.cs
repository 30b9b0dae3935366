namespace Kamiyama.Domain.Rules;

/// <summary>Where a finding is: a logical path, the source position when the data came from a file, and a label.</summary>
/// <param name="Path">The logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数/実績</c>).</param>
/// <param name="Position">The source position, when known.</param>
/// <param name="Label">What this location is to the finding (目標, 実績, 理由), for related locations.</param>
public sealed record FindingLocation(string Path, Sources.SourcePosition? Position, string? Label = null);
