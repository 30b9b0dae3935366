using System.Text.Json;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Values;
using N = Kamiyama.Domain.Json.JsonNames;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Writes a document in the JSON format, every property in a fixed order, so that the same document always gives the
/// same bytes. Only what the model stores is written; derived properties (titles, codes, rates, the plan) are not,
/// except the fiscal year's label, which readers ignore unless it contradicts the start year.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>Writes the document; with a threshold, hands what the writer holds to its stream whenever it passes that many bytes.</summary>
    internal static void Write(Utf8JsonWriter writer, EvaluationDocument document, int flushThreshold = 0)
    {
        writer.WriteStartObject();
        writer.WriteNumber(N.SchemaVersion, EvaluationJson.SchemaVersion);
        writer.WritePropertyName(N.FiscalYear);
        if (document.FiscalYear is { } fiscalYear)
        {
            writer.WriteStartObject();
            writer.WriteNumber(N.StartYear, fiscalYear.StartYear);
            writer.WriteString(N.Label, fiscalYear.ToString());
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString(N.PlanName, document.Plan.Name);
        writer.WriteStartArray(N.Sheets);
        foreach (var sheet in document.Sheets)
        {
            switch (sheet)
            {
                case MeasureSheet measure:
                    WriteMeasure(writer, measure);
                    break;
                case ProjectSheet project:
                    WriteProject(writer, project);
                    break;
            }

            if (flushThreshold > 0 && writer.BytesPending >= flushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter writer, MeasureSheet sheet)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Type, N.MeasureSheet);
        writer.WriteString(N.Department, sheet.Department?.Name);
        WritePlanItem(writer, N.Chapter, sheet.Chapter);
        WritePlanItem(writer, N.Policy, sheet.Policy);
        WritePlanItem(writer, N.Measure, sheet.Measure);
        writer.WriteString(N.Strategy, sheet.Strategy?.Text);
        WriteItems(writer, N.Purposes, sheet.Purposes);
        WriteItems(writer, N.Goals, sheet.Goals);
        WriteItems(writer, N.Results, sheet.Results);
        WriteIndicators(writer, N.Outcomes, sheet.Outcomes, IndicatorKind.Outcome);
        WriteClosing(writer, sheet);
    }

    private static void WriteProject(Utf8JsonWriter writer, ProjectSheet sheet)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Type, N.ProjectSheet);
        writer.WriteString(N.Department, sheet.Department?.Name);
        writer.WriteString(N.Name, sheet.Name);
        writer.WriteBoolean(N.CarriedOver, sheet.IsCarriedOver);
        writer.WritePropertyName(N.Account);
        WriteAccount(writer, sheet.Account);
        writer.WriteStartArray(N.Measures);
        foreach (var measure in sheet.Measures)
        {
            WritePlanItem(writer, null, measure);
        }

        writer.WriteEndArray();
        writer.WriteString(N.Strategy, sheet.Strategy?.Text);
        writer.WriteString(N.Overview, sheet.Overview);
        writer.WriteString(N.Purpose, sheet.Purpose);
        writer.WritePropertyName(N.Goal);
        if (sheet.Goal is { } goal)
        {
            WriteIndicator(writer, goal, IndicatorKind.Qualitative);
        }
        else
        {
            writer.WriteNullValue();
        }

        WriteIndicators(writer, N.Activities, sheet.Activities, IndicatorKind.Activity);
        writer.WriteStartObject(N.Cost);
        WriteMoney(writer, N.Budget, sheet.Cost.Budget);
        WriteMoney(writer, N.Actual, sheet.Cost.Actual);
        WriteMoney(writer, N.NextBudget, sheet.Cost.NextBudget);
        writer.WriteEndObject();
        writer.WriteStartObject(N.Staff);
        WritePersonYears(writer, N.Planned, sheet.Staff.Planned);
        WritePersonYears(writer, N.Actual, sheet.Staff.Actual);
        WritePersonYears(writer, N.NextPlanned, sheet.Staff.NextPlanned);
        writer.WriteEndObject();
        WriteClosing(writer, sheet);
    }

    private static void WriteClosing(Utf8JsonWriter writer, Sheet sheet)
    {
        writer.WriteString(N.Reason, sheet.Reason);
        writer.WriteString(N.FutureActions, sheet.FutureActions);

        // Only readers of a damaged source fill this; a document without any reads the same without the property.
        if (!sheet.Unrecognized.IsEmpty)
        {
            WriteStrings(writer, N.Unrecognized, sheet.Unrecognized);
        }

        writer.WriteEndObject();
    }

    private static void WritePlanItem(Utf8JsonWriter writer, string? propertyName, PlanItem item)
    {
        if (propertyName is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(propertyName);
        }

        writer.WriteString(N.Code, item.Code.ToString());
        writer.WriteString(N.Title, item.Title);
        writer.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter writer, string propertyName, ValueArray<SheetItem> items)
    {
        writer.WriteStartArray(propertyName);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            if (item.Number is { } number)
            {
                writer.WriteNumber(N.Number, number);
            }
            else
            {
                writer.WriteNull(N.Number);
            }

            writer.WriteString(N.Title, item.Title);
            WriteStrings(writer, N.Details, item.Details);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string propertyName, ValueArray<string> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteAccount(Utf8JsonWriter writer, BudgetAccount? account)
    {
        if (account is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var (name, part) in (ReadOnlySpan<(string, BudgetAccountPart)>)[(N.Fund, account.Fund), (N.Division, account.Division), (N.Section, account.Section), (N.Item, account.Item)])
        {
            writer.WriteStartObject(name);
            writer.WriteString(N.Code, part.Code);
            writer.WriteString(N.Name, part.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter writer, string propertyName, ValueArray<Indicator> indicators, IndicatorKind row)
    {
        writer.WriteStartArray(propertyName);
        foreach (var indicator in indicators)
        {
            WriteIndicator(writer, indicator, row);
        }

        writer.WriteEndArray();
    }

    private static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator, IndicatorKind row)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, indicator.Name);

        // The array an indicator sits in says its row; "row" is written only for the rare indicator that disagrees.
        if (indicator.Kind != row)
        {
            writer.WriteString(N.Row, RowName(indicator.Kind));
        }

        writer.WriteString(N.Direction, indicator.Direction == IndicatorDirection.LowerIsBetter ? N.LowerIsBetter : N.HigherIsBetter);
        WriteValue(writer, N.Target, indicator.Target);
        WriteValue(writer, N.Actual, indicator.Actual);
        WriteValue(writer, N.NextTarget, indicator.NextTarget);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, string propertyName, IndicatorValue value)
    {
        writer.WriteStartObject(propertyName);
        switch (value)
        {
            case IndicatorValue.Quantity quantity:
                writer.WriteString(N.Kind, N.Quantity);
                writer.WriteNumber(N.Value, quantity.Value);
                WriteUnit(writer, quantity.Unit);
                break;
            case IndicatorValue.NotApplicable notApplicable:
                writer.WriteString(N.Kind, N.NotApplicable);
                WriteUnit(writer, notApplicable.Unit);
                break;
            case IndicatorValue.Statement statement:
                writer.WriteString(N.Kind, N.Statement);
                writer.WriteString(N.Text, statement.Text);
                break;
            default:
                writer.WriteString(N.Kind, N.Blank);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter writer, Unit unit) =>
        writer.WriteString(N.Unit, unit.IsNone ? null : unit.Symbol);

    private static void WriteMoney(Utf8JsonWriter writer, string propertyName, Figure<Money> figure) =>
        WriteFigure(writer, propertyName, figure, static (w, name, money) => w.WriteNumber(name, money.Yen));

    private static void WritePersonYears(Utf8JsonWriter writer, string propertyName, Figure<PersonYears> figure) =>
        WriteFigure(writer, propertyName, figure, static (w, name, effort) => w.WriteNumber(name, effort.Value));

    private static void WriteFigure<T>(Utf8JsonWriter writer, string propertyName, Figure<T> figure, Action<Utf8JsonWriter, string, T> writeValue)
        where T : struct, IEquatable<T>
    {
        switch (figure.Kind)
        {
            case FigureKind.Value:
                writeValue(writer, propertyName, figure.Value);
                break;
            case FigureKind.NotApplicable:
                writer.WriteString(propertyName, N.NotApplicable);
                break;
            default:
                writer.WriteNull(propertyName);
                break;
        }
    }

    internal static string RowName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Activity => N.ActivityRow,
        IndicatorKind.Qualitative => N.QualitativeRow,
        _ => N.OutcomeRow,
    };
}
