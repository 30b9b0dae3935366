using System.Globalization;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Sources;

/// <summary>
/// Finds sheets that say the same thing twice: two 施策 sheets of one code, or two 事業 sheets of one name and 繰越 mark.
/// The document keeps both (nothing is dropped), but navigation finds only the first, so each is a warning at its place.
/// </summary>
internal static class DuplicateSheets
{
    /// <summary>How many other places one diagnostic names; a document of repeated sheets would otherwise say each a thousand times.</summary>
    private const int NamedPlaces = 3;

    internal static IEnumerable<Diagnostic> Find(EvaluationDocument document, ReadOptions options)
    {
        if (options.DuplicatesFoundByCaller)
        {
            return [];
        }

        return FindAll(document, options);
    }

    private static IEnumerable<Diagnostic> FindAll(EvaluationDocument document, ReadOptions options)
    {
        // Sheets by their index, so that a host's document that lists one sheet object twice is still two places.
        var measures = new Dictionary<PlanCode, List<int>>();
        var projects = new Dictionary<(string Name, bool CarriedOver), List<int>>();
        var sheets = document.Sheets;
        for (var index = 0; index < sheets.Count; index++)
        {
            var list = sheets[index] switch
            {
                MeasureSheet measure => Slot(measures, measure.Code),
                ProjectSheet project => Slot(projects, (project.Name, project.IsCarriedOver)),
                _ => null,
            };
            list?.Add(index);
        }

        var severity = options.Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        var found = new List<(int Order, Diagnostic Diagnostic)>();
        foreach (var group in measures.Values.Concat(projects.Values).Where(g => g.Count > 1))
        {
            var positions = group.Select(i => Position(document.Sources, sheets[i])).ToList();
            var places = group.Select((index, i) => positions[i]?.ToString() ?? string.Create(CultureInfo.InvariantCulture, $"sheet {index + 1}")).ToList();
            for (var i = 0; i < group.Count; i++)
            {
                var sheet = sheets[group[i]];
                var message = Describe(sheet, places, i);
                found.Add((group[i], new Diagnostic(ReaderDiagnosticCodes.Duplicate, severity, message, new DiagnosticLocation(Path(sheet), positions[i]), DiagnosticOrigin.Reader)));
            }
        }

        return found.OrderBy(f => f.Order).Select(f => f.Diagnostic);
    }

    private static List<int> Slot<TKey>(Dictionary<TKey, List<int>> groups, TKey key)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        return list;
    }

    private static SourcePosition? Position(SourceMap sources, Sheet sheet) => sheet switch
    {
        MeasureSheet => sources.Find(sheet, Field.MeasureItem),
        _ => sources.Find(sheet, Field.Name),
    };

    private static string Path(Sheet sheet) => sheet is MeasureSheet measure ? measure.Code.ToString() : sheet.Title;

    private static string Describe(Sheet sheet, List<string> places, int self)
    {
        var count = places.Count;
        var what = sheet is MeasureSheet measure
            ? string.Create(CultureInfo.InvariantCulture, $"施策 {measure.Code}")
            : string.Create(CultureInfo.InvariantCulture, $"事業 {sheet.Title}");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{what} has {count} sheets in this document; only the first is found by its ");
        text.Append(sheet is MeasureSheet ? "code" : "name");
        text.Append(". The other");
        text.Append(count > 2 ? "s are" : " is");
        var named = 0;
        for (var i = 0; i < count && named < NamedPlaces; i++)
        {
            if (i != self)
            {
                text.Append(named == 0 ? " at " : ", ");
                text.Append(places[i]);
                named++;
            }
        }

        if (count - 1 > named)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {count - 1 - named} more");
        }

        return text.Append('.').ToString();
    }
}
