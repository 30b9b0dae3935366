using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Splits the lines into sheets, reads each, and assembles the document.</summary>
internal static class DocumentParser
{
    internal static EvaluationDocument Parse(Line[] lines, ReaderContext context, CancellationToken cancellationToken)
    {
        var starts = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Labels.IsProjectHeader(lines[i]) || Labels.IsMeasureStart(lines[i]))
            {
                starts.Add(i);
            }
        }

        var preamble = new List<string>();
        foreach (var line in lines.Take(starts.Count > 0 ? starts[0] : lines.Length).Where(l => !l.IsBlank))
        {
            context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, line.FirstColumn, starts.Count > 0 ? Messages.UnrecognizedBeforeSheet : Messages.UnrecognizedLine, line.Content.Trim());
            preamble.Add(line.Content);
        }

        var fiscalYear = new FiscalYearTracker(context);
        var sheets = new List<Sheet>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = k + 1 < starts.Count ? starts[k + 1] : lines.Length;
            var block = new ArraySegment<Line>(lines, starts[k], end - starts[k]);
            var unrecognized = k == 0 ? preamble : [];
            Sheet? sheet = Labels.IsProjectHeader(block[0])
                ? ProjectSheetParser.Parse(block, context, fiscalYear, unrecognized)
                : MeasureSheetParser.Parse(block, context, fiscalYear, unrecognized);
            if (sheet is not null)
            {
                sheets.Add(sheet);
            }
        }

        if (starts.Count == 0)
        {
            var first = lines.FirstOrDefault(l => !l.IsBlank);
            context.Report(ReaderDiagnosticCodes.NoSheets, DiagnosticSeverity.Error, first?.Number ?? 1, first?.FirstColumn ?? 1, Messages.NoSheets);
        }

        if (fiscalYear.Year is null && starts.Count > 0)
        {
            context.Report(ReaderDiagnosticCodes.FiscalYear, DiagnosticSeverity.Error, lines[starts[0]].Number, 1, Messages.NoFiscalYear);
        }

        return new EvaluationDocument(fiscalYear.Year, sheets, planName: null, context.Positions.Build());
    }
}
