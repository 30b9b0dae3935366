using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// What a source read: the document (as much as could be read, never null) and every problem found, in source order.
/// </summary>
public sealed class ReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="diagnostics">The problems found.</param>
    public ReadResult(EvaluationDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Document = document;
        Diagnostics = diagnostics.OrderBy(d => d.Position).ThenBy(d => d.Code, StringComparer.Ordinal).ToValueArray();
    }

    /// <summary>The document, with whatever could be read.</summary>
    public EvaluationDocument Document { get; }

    /// <summary>The problems found, in source order.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any problem is an error: the document is incomplete.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
