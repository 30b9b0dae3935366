namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// One piece of guard text: <paramref name="Text"/> put in place of <paramref name="Length"/> characters at
/// <paramref name="Start"/> of the author's file.
/// </summary>
/// <param name="Start">The offset in the author's text.</param>
/// <param name="Length">How many of the author's characters it replaces (0 for an insertion; 2 for the <c>=&gt;</c> of an expression body).</param>
/// <param name="Text">The text put there.</param>
internal readonly record struct GuardEdit(int Start, int Length, string Text);
