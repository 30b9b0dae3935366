namespace Kamiyama.Domain.Json;

/// <summary>
/// The property names and enumerated values of the JSON format, in one place for the writer, the reader, the messages
/// and the published schema (schemas/evaluation-document.schema.json). The per-object lists are in writing order and
/// are what an "unknown property" message offers.
/// </summary>
internal static class JsonNames
{
    internal const string SchemaVersion = "schemaVersion";
    internal const string FiscalYear = "fiscalYear";
    internal const string StartYear = "startYear";
    internal const string Label = "label";
    internal const string PlanName = "planName";
    internal const string Sheets = "sheets";

    internal const string Type = "type";
    internal const string Department = "department";
    internal const string Strategy = "strategy";
    internal const string Reason = "reason";
    internal const string FutureActions = "futureActions";
    internal const string Unrecognized = "unrecognized";

    internal const string Chapter = "chapter";
    internal const string Policy = "policy";
    internal const string Measure = "measure";
    internal const string Purposes = "purposes";
    internal const string Goals = "goals";
    internal const string Results = "results";
    internal const string Outcomes = "outcomes";

    internal const string Name = "name";
    internal const string CarriedOver = "carriedOver";
    internal const string Account = "account";
    internal const string Measures = "measures";
    internal const string Overview = "overview";
    internal const string Purpose = "purpose";
    internal const string Goal = "goal";
    internal const string Activities = "activities";
    internal const string Cost = "cost";
    internal const string Staff = "staff";

    internal const string Code = "code";
    internal const string Title = "title";
    internal const string Number = "number";
    internal const string Details = "details";

    internal const string Fund = "fund";
    internal const string Division = "division";
    internal const string Section = "section";
    internal const string Item = "item";

    internal const string Row = "row";
    internal const string Direction = "direction";
    internal const string Target = "target";
    internal const string Actual = "actual";
    internal const string NextTarget = "nextTarget";

    internal const string Kind = "kind";
    internal const string Value = "value";
    internal const string Unit = "unit";
    internal const string Text = "text";

    internal const string Budget = "budget";
    internal const string NextBudget = "nextBudget";
    internal const string Planned = "planned";
    internal const string NextPlanned = "nextPlanned";

    // Discriminators and enumerations.
    internal const string MeasureSheet = "measure";
    internal const string ProjectSheet = "project";
    internal const string Quantity = "quantity";
    internal const string NotApplicable = "notApplicable";
    internal const string Blank = "blank";
    internal const string Statement = "statement";
    internal const string HigherIsBetter = "higherIsBetter";
    internal const string LowerIsBetter = "lowerIsBetter";
    internal const string OutcomeRow = "outcome";
    internal const string ActivityRow = "activity";
    internal const string QualitativeRow = "qualitative";

    internal static readonly string[] RootProperties = [SchemaVersion, FiscalYear, PlanName, Sheets];
    internal static readonly string[] FiscalYearProperties = [StartYear, Label];
    internal static readonly string[] MeasureProperties =
        [Type, Department, Chapter, Policy, Measure, Strategy, Purposes, Goals, Results, Outcomes, Reason, FutureActions, Unrecognized];

    internal static readonly string[] ProjectProperties =
        [Type, Department, Name, CarriedOver, Account, Measures, Strategy, Overview, Purpose, Goal, Activities, Cost, Staff, Reason, FutureActions, Unrecognized];

    internal static readonly string[] PlanItemProperties = [Code, Title];
    internal static readonly string[] SheetItemProperties = [Number, Title, Details];
    internal static readonly string[] AccountProperties = [Fund, Division, Section, Item];
    internal static readonly string[] AccountPartProperties = [Code, Name];
    internal static readonly string[] IndicatorProperties = [Name, Row, Direction, Target, Actual, NextTarget];
    internal static readonly string[] QuantityProperties = [Kind, Value, Unit];
    internal static readonly string[] NotApplicableProperties = [Kind, Unit];
    internal static readonly string[] BlankProperties = [Kind];
    internal static readonly string[] StatementProperties = [Kind, Text];
    internal static readonly string[] CostProperties = [Budget, Actual, NextBudget];
    internal static readonly string[] StaffProperties = [Planned, Actual, NextPlanned];
}
