using System.Globalization;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.TextLayout;

/// <summary>What a read collects besides the model: diagnostics and source positions.</summary>
internal sealed class ReaderContext(string file, ReadOptions options)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public string File { get; } = file;

    public SourceMap.Builder Positions { get; } = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public SourcePosition At(int line, int column = 1) => new(File, line, column);

    public void Report(string code, DiagnosticSeverity severity, int line, int column, string format, params object?[] args)
    {
        if (options.Strict && severity == DiagnosticSeverity.Warning)
        {
            severity = DiagnosticSeverity.Error;
        }

        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _diagnostics.Add(new Diagnostic(code, severity, message, At(line, column), DiagnosticOrigin.Reader));
    }

    public void Map(object element, int line, int column = 1, Field? field = null) => Positions.Add(element, At(line, column), field);
}
