using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Sources;

/// <summary>The files that paths name (<see cref="DocumentInputs.Find"/>), and why a path named none.</summary>
/// <param name="Files">The files, in the order their paths were given; <see cref="DocumentInputs.StandardInput"/> where it was named.</param>
/// <param name="Diagnostics">An error for each path that names no document (KRD005, KRD006).</param>
public sealed record InputFiles(ValueArray<string> Files, ValueArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether a path named no document.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
