using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Finds the document's fiscal year in its headers, and reports headers that disagree.</summary>
internal sealed class FiscalYearTracker(ReaderContext context)
{
    // Every sheet repeats the same few labels (令和4年度, 令和5年度): each is parsed once.
    private readonly Dictionary<string, ParseResult<FiscalYear>> _parsed = new(StringComparer.Ordinal);
    private int _line;

    public FiscalYear? Year { get; private set; }

    /// <summary>Reads the fiscal year that starts <paramref name="text"/> (<c>令和4年度予算</c>) and checks it is <paramref name="offset"/> years after the document's.</summary>
    public void Observe(ReadOnlySpan<char> text, int line, int column, int offset = 0)
    {
        var end = text.IndexOf("年度", StringComparison.Ordinal);
        if (end < 0)
        {
            return;
        }

        var result = Parse(text[..(end + 2)].Trim());
        if (!result.Success)
        {
            context.Report(ReaderDiagnosticCodes.FiscalYear, DiagnosticSeverity.Warning, line, column, Messages.FiscalYearUnreadable, result.Input, result.Message);
            return;
        }

        var year = result.Value - offset;
        if (Year is not { } known)
        {
            Year = year;
            _line = line;
        }
        else if (known != year)
        {
            context.Report(ReaderDiagnosticCodes.FiscalYear, DiagnosticSeverity.Warning, line, column, Messages.FiscalYearDisagrees, result.Value, known + offset, _line);
        }
    }

    private ParseResult<FiscalYear> Parse(ReadOnlySpan<char> label)
    {
        if (!_parsed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out var result))
        {
            var text = label.ToString();
            result = FiscalYearPattern.Strict.Parse(text);
            _parsed.Add(text, result);
        }

        return result;
    }
}
