using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;
using Codes = Kamiyama.Domain.Sources.WriterDiagnosticCodes;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Whether <see cref="EvaluationJson"/> can write a document. JSON strings hold any Unicode text, control characters
/// and NUL included (escaped), so the one thing the model can hold and JSON cannot is a lone surrogate: UTF-8 has no
/// encoding for it, and the reader refuses its escape (<c>\uD800</c>) as not Unicode.
/// </summary>
internal sealed class JsonCheck
{
    private readonly WriteRefusals _refusals;

    private JsonCheck(EvaluationDocument document) => _refusals = new WriteRefusals(document);

    internal static ValueArray<Diagnostic> Run(EvaluationDocument document)
    {
        var check = new JsonCheck(document);
        if (document.Plan.Name is { } name && LoneSurrogate(name) is { } at)
        {
            check._refusals.RefuseDocument(Codes.InvalidCharacter, Messages.LoneSurrogate, at + 1, (int)name[at]);
        }

        foreach (var sheet in document.Sheets)
        {
            check._refusals.BeginSheet(sheet);
            check.Sheet(sheet);
        }

        return check._refusals.Diagnostics;
    }

    private void Sheet(Sheet sheet)
    {
        Text(sheet.Department?.Name, new Place(sheet, Field.Department));
        Text(sheet.Strategy?.Text, new Place(sheet, Field.Strategy));
        foreach (var line in sheet.Unrecognized)
        {
            Text(line, new Place(sheet, Field.Unrecognized));
        }

        switch (sheet)
        {
            case MeasureSheet measure:
                Text(measure.Chapter.Title, new Place(sheet, Field.Chapter));
                Text(measure.Policy.Title, new Place(sheet, Field.Policy));
                Text(measure.Measure.Title, new Place(sheet, Field.MeasureItem));
                Items(measure.Purposes, Field.Purposes);
                Items(measure.Goals, Field.Goals);
                Items(measure.Results, Field.Results);
                Indicators(measure.Outcomes, Field.Outcomes);
                break;
            case ProjectSheet project:
                Text(project.Name, new Place(sheet, Field.Name));
                if (project.Account is { } account)
                {
                    foreach (var part in (ReadOnlySpan<Budget.BudgetAccountPart>)[account.Fund, account.Division, account.Section, account.Item])
                    {
                        Text(part.Code, new Place(sheet, Field.Account));
                        Text(part.Name, new Place(sheet, Field.Account));
                    }
                }

                foreach (PlanItem measure in project.Measures)
                {
                    Text(measure.Title, new Place(sheet, Field.Measures));
                }

                Text(project.Overview, new Place(sheet, Field.Overview));
                Text(project.Purpose, new Place(sheet, Field.Purpose));
                Indicators(project.Goal is null ? [] : [project.Goal], Field.Goal);
                Indicators(project.Activities, Field.Activities);
                break;
        }

        Text(sheet.Reason, new Place(sheet, Field.Reason));
        Text(sheet.FutureActions, new Place(sheet, Field.FutureActions));
    }

    private void Items(ValueArray<SheetItem> items, Field field)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Text(items[i].Title, new Place(items[i], Field.ItemTitle, field.Label, i + 1));
            foreach (var detail in items[i].Details)
            {
                Text(detail, new Place(items[i], Field.ItemDetails, field.Label, i + 1));
            }
        }
    }

    private void Indicators(IReadOnlyList<Indicator> indicators, Field row)
    {
        foreach (var indicator in indicators)
        {
            Text(indicator.Name, new Place(indicator, Field.Name, row.Label));
            foreach (var (value, field) in (ReadOnlySpan<(IndicatorValue, Field)>)[(indicator.Target, Field.Target), (indicator.Actual, Field.Actual), (indicator.NextTarget, Field.NextTarget)])
            {
                var text = value switch
                {
                    IndicatorValue.Statement statement => statement.Text,
                    _ => value.UnitOrNone.Symbol,
                };
                Text(text, new Place(indicator, field, row.Label));
            }
        }
    }

    private void Text(string? text, in Place place)
    {
        if (text is not null && LoneSurrogate(text) is { } at)
        {
            _refusals.Refuse(Codes.InvalidCharacter, place, Messages.LoneSurrogate, at + 1, (int)text[at]);
        }
    }

    /// <summary>The index of the first lone surrogate, or null.</summary>
    internal static int? LoneSurrogate(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return null;
        }

        for (var i = first; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return i;
            }
        }

        return null;
    }
}
