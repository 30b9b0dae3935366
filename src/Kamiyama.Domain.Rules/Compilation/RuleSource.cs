namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>One rule file (規則ファイル): the path its diagnostics name, and its C# text.</summary>
/// <param name="Path">The path written in diagnostics (<c>rules/KMY001-reason-required.csx</c>).</param>
/// <param name="Text">The C# text of the file.</param>
public sealed record RuleSource(string Path, string Text);
