using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Splits the lines into sheets, reads each, and assembles the document.</summary>
internal static class DocumentParser
{
    /// <summary>
    /// Reads the sheets one after another as the lines come: a sheet is read when the next one starts, so that only the
    /// lines of one sheet are held at a time.
    /// </summary>
    internal static EvaluationDocument Parse(IEnumerable<Line> lines, ReaderContext context, CancellationToken cancellationToken)
    {
        var fiscalYear = new FiscalYearTracker(context);
        var sheets = new List<Sheet>();
        var preamble = new List<Line>();
        var block = new List<Line>();

        // The text of the next sheet that fits no field; the first sheet's starts with the lines before it.
        var unrecognized = new List<string>();
        Line? firstStart = null;
        foreach (var line in lines)
        {
            if (!Labels.IsProjectHeader(line) && !Labels.IsMeasureStart(line))
            {
                (firstStart is null ? preamble : block).Add(line);
                continue;
            }

            if (firstStart is null)
            {
                firstStart = line;
                ReportPreamble(preamble, Messages.UnrecognizedBeforeSheet, context, unrecognized);
            }
            else
            {
                ParseSheet(block, context, fiscalYear, unrecognized, sheets, cancellationToken);
                unrecognized = [];
            }

            block.Add(line);
        }

        if (firstStart is null)
        {
            ReportPreamble(preamble, Messages.UnrecognizedLine, context, []);
            var first = preamble.FirstOrDefault();
            context.Report(ReaderDiagnosticCodes.NoSheets, DiagnosticSeverity.Error, first?.Number ?? 1, first?.FirstColumn ?? 1, Messages.NoSheets);
        }
        else
        {
            ParseSheet(block, context, fiscalYear, unrecognized, sheets, cancellationToken);
            if (fiscalYear.Year is null)
            {
                context.Report(ReaderDiagnosticCodes.FiscalYear, DiagnosticSeverity.Error, firstStart.Number, 1, Messages.NoFiscalYear);
            }
        }

        return new EvaluationDocument(fiscalYear.Year, sheets, planName: null, context.Positions.Build());
    }

    private static void ReportPreamble(List<Line> preamble, string message, ReaderContext context, List<string> unrecognized)
    {
        foreach (var line in preamble)
        {
            context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, line.FirstColumn, message, line.Content.Trim());
            unrecognized.Add(line.Content);
        }
    }

    /// <summary>Reads the sheet whose lines <paramref name="block"/> holds, and empties it for the next.</summary>
    private static void ParseSheet(List<Line> block, ReaderContext context, FiscalYearTracker fiscalYear, List<string> unrecognized, List<Sheet> sheets, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Sheet? sheet = Labels.IsProjectHeader(block[0])
            ? ProjectSheetParser.Parse(block, context, fiscalYear, unrecognized)
            : MeasureSheetParser.Parse(block, context, fiscalYear, unrecognized);
        if (sheet is not null)
        {
            sheets.Add(sheet);
        }

        block.Clear();
    }
}
