using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// A rule file as its author wrote it and as it is compiled, with the runaway guards put in (<see cref="GuardRewriter"/>).
/// The guards only add text around the author's tokens and never change one, so every position in the compiled file maps
/// back to the author's exactly; a position inside a guard maps to the author's text that follows it.
/// </summary>
internal sealed class GuardedTree
{
    private readonly GuardEdit[] _edits;

    private GuardedTree(SyntaxTree authored, SyntaxTree compiled, GuardEdit[] edits)
    {
        Authored = authored;
        Compiled = compiled;
        _edits = edits;
    }

    /// <summary>The file as written.</summary>
    public SyntaxTree Authored { get; }

    /// <summary>The file with its guards, the one the compilation holds; the same tree when it needs no guard.</summary>
    public SyntaxTree Compiled { get; }

    /// <summary>A file compiled as written.</summary>
    public static GuardedTree Unguarded(SyntaxTree tree) => new(tree, tree, []);

    /// <summary>Applies <paramref name="edits"/> (in order of <see cref="GuardEdit.Start"/>, not overlapping) to a file.</summary>
    public static GuardedTree Create(SyntaxTree authored, IReadOnlyList<GuardEdit> edits)
    {
        if (edits.Count == 0)
        {
            return Unguarded(authored);
        }

        var text = authored.GetText();
        var guarded = new StringBuilder(text.Length + edits.Sum(e => e.Text.Length));
        var copied = 0;
        foreach (var edit in edits)
        {
            guarded.Append(text.ToString(TextSpan.FromBounds(copied, edit.Start))).Append(edit.Text);
            copied = edit.Start + edit.Length;
        }

        guarded.Append(text.ToString(TextSpan.FromBounds(copied, text.Length)));
        var compiled = CSharpSyntaxTree.ParseText(SourceText.From(guarded.ToString(), text.Encoding), (CSharpParseOptions)authored.Options, authored.FilePath);
        return new GuardedTree(authored, compiled, [.. edits]);
    }

    /// <summary>Whether a position of the compiled file lies inside guard text.</summary>
    public bool InGuard(int position) => ToAuthored(position).InGuard;

    /// <summary>The author's location of a location in the compiled file; any other location as it is.</summary>
    public Location ToAuthored(Location location)
    {
        if (location.SourceTree != Compiled || _edits.Length == 0)
        {
            return location;
        }

        var start = ToAuthored(location.SourceSpan.Start).Position;
        var end = Math.Max(start, ToAuthored(location.SourceSpan.End).Position);
        return Location.Create(Authored, TextSpan.FromBounds(start, end));
    }

    private (int Position, bool InGuard) ToAuthored(int position)
    {
        var shift = 0;
        foreach (var edit in _edits)
        {
            var start = edit.Start + shift;
            if (position < start)
            {
                break;
            }

            if (position < start + edit.Text.Length)
            {
                return (edit.Start, true);
            }

            shift += edit.Text.Length - edit.Length;
        }

        return (position - shift, false);
    }
}
