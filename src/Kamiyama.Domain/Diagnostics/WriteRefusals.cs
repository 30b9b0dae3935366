using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Diagnostics;

/// <summary>
/// What a writer's check refuses, as diagnostics of one shape: an error whose location holds the logical path
/// (<c>5-1-1/理由</c>, <c>総務一般管理費/活動指標/開催回数/実績</c>), the typed field, and the source position when the
/// document was read from a file.
/// </summary>
internal sealed class WriteRefusals(EvaluationDocument document)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, int> _sheetPaths = new(StringComparer.Ordinal);
    private string _sheet = "/";

    public bool IsEmpty => _diagnostics.Count == 0;

    public ValueArray<Diagnostic> Diagnostics => _diagnostics.ToValueArray();

    /// <summary>
    /// Starts the sheet whose values follow: its path is the measure code or the project's title, with <c>#2</c>, <c>#3</c> …
    /// for a later sheet of the same path, as the reports number them.
    /// </summary>
    public void BeginSheet(Sheet sheet)
    {
        var own = sheet is MeasureSheet measure ? measure.Code.ToString() : sheet.Title;
        var seen = _sheetPaths.GetValueOrDefault(own);
        _sheetPaths[own] = seen + 1;
        _sheet = seen == 0 ? own : $"{own}#{seen + 1}";
    }

    /// <summary>Refuses something of the document itself (its fiscal year, its plan name).</summary>
    public void RefuseDocument(string code, string format, params object?[] args) =>
        Add(code, "/", null, null, Messages.Format(format, args));

    /// <summary>Refuses a value of the current sheet.</summary>
    public void Refuse(string code, in Place place, string format, params object?[] args) =>
        Add(code, place.Path(_sheet), place.Element, place.Field, Messages.Format(format, args));

    private void Add(string code, string path, object? element, Field? field, string detail)
    {
        var position = element is null ? null : document.Sources.Find(element, field);
        var location = new DiagnosticLocation(path, position) { Field = field };

        // A diagnostic is printed with its file position when it has one, else with its path: the message names the
        // sheet and field only when the position takes the path's place, so that they are printed once either way.
        var message = position is null ? detail : Messages.Format(Messages.WriterAtPath, path, detail);
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, DiagnosticOrigin.Writer));
    }
}
