using System.Collections.Immutable;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Time;
using N = Kamiyama.Domain.Json.JsonNames;

namespace Kamiyama.Domain.Json;

/// <summary>The document, its fiscal year and its sheets.</summary>
internal ref partial struct DocumentReader
{
    private EvaluationDocument ReadRoot()
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        CheckSchemaVersion(start);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        FiscalYear? fiscalYear = null;
        string? planName = null;
        var sheets = ImmutableArray<Sheet>.Empty;
        while (NextProperty(seen, N.RootProperties, out var name))
        {
            switch (name)
            {
                case N.SchemaVersion:
                    break; // checked first, by CheckSchemaVersion
                case N.FiscalYear:
                    fiscalYear = ReadFiscalYear();
                    break;
                case N.PlanName:
                    planName = ReadNullableString();
                    break;
                case N.Sheets:
                    sheets = ReadSheets();
                    break;
            }

            EndProperty();
        }

        Require(seen, N.Sheets, start);
        return new EvaluationDocument(fiscalYear, sheets, planName, _map?.Build());
    }

    /// <summary>Checks the version before anything else, wherever the property stands: a newer file is refused as such, not for its new properties.</summary>
    private void CheckSchemaVersion(long rootStart)
    {
        if (!FindProperty(N.SchemaVersion, out var value))
        {
            throw Error(JsonMessages.MissingSchemaVersion, rootStart, EvaluationJson.SchemaVersion);
        }

        var outer = _reader;
        _reader = value;
        _path.Add(PropertySegment(N.SchemaVersion));
        var version = ReadDecimal();
        if (version > EvaluationJson.SchemaVersion && version == decimal.Truncate(version))
        {
            throw Error(JsonMessages.NewerSchemaVersion, _reader.TokenStartIndex, version, EvaluationJson.SchemaVersion);
        }

        if (version != EvaluationJson.SchemaVersion)
        {
            throw Error(JsonMessages.InvalidSchemaVersion, _reader.TokenStartIndex, RawText(), EvaluationJson.SchemaVersion);
        }

        EndProperty();
        _reader = outer;
    }

    private FiscalYear? ReadFiscalYear()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectObject(JsonMessages.AnObjectOrNull);
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        FiscalYear? fiscalYear = null;
        (string Text, long Offset)? label = null;
        while (NextProperty(seen, N.FiscalYearProperties, out var name))
        {
            if (name == N.StartYear)
            {
                var year = ReadInt32();
                fiscalYear = year is >= FiscalYear.MinStartYear and <= FiscalYear.MaxStartYear
                    ? new FiscalYear(year)
                    : throw Error(Messages.FiscalYearOutOfRange, _reader.TokenStartIndex, year, FiscalYear.MinStartYear, FiscalYear.MaxStartYear);
            }
            else
            {
                label = (ReadString(), _reader.TokenStartIndex);
            }

            EndProperty();
        }

        Require(seen, N.StartYear, start);

        // The label is for people; it is checked, not read, so that editing it alone cannot change the year silently.
        if (label is var (text, offset))
        {
            _path.Add(PropertySegment(N.Label));
            var parsed = FiscalYearPattern.Strict.Parse(text);
            if (!parsed.Success)
            {
                throw Error(JsonMessages.InvalidFiscalYearLabel, offset, text, parsed.Message);
            }

            if (parsed.Value != fiscalYear)
            {
                throw Error(JsonMessages.FiscalYearLabelMismatch, offset, text, parsed.Value.ToString("Y", null), fiscalYear!.Value.StartYear, fiscalYear.Value);
            }

            EndProperty();
        }

        return fiscalYear;
    }

    private ImmutableArray<Sheet> ReadSheets()
    {
        ExpectArray();
        var sheets = ImmutableArray.CreateBuilder<Sheet>();
        for (var i = 0; NextElement(i); i++)
        {
            sheets.Add(ReadSheet());
            EndElement();
        }

        return sheets.ToImmutable();
    }

    private Sheet ReadSheet()
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        if (!FindProperty(N.Type, out var type))
        {
            throw Error(JsonMessages.MissingProperty, start, N.Type);
        }

        var outer = _reader;
        _reader = type;
        _path.Add(PropertySegment(N.Type));
        var kind = ReadString();
        if (kind is not (N.MeasureSheet or N.ProjectSheet))
        {
            throw Error(JsonMessages.UnknownValue, _reader.TokenStartIndex, "sheet type", kind, "measure, project");
        }

        EndProperty();
        _reader = outer;
        var members = _map is null ? null : new List<(Field, long)>();
        Sheet sheet;
        try
        {
            sheet = ReadSheetBody(kind == N.MeasureSheet, start, members);
        }
        catch (ArgumentException exception)
        {
            // The checks above leave little for the model to refuse; whatever it does is reported on the sheet.
            throw Error(JsonMessages.InvalidSheet, start, exception.Message);
        }

        Record(sheet, start, members);
        return sheet;
    }

    /// <summary>Reads the properties of a sheet of one kind (a measure's or a project's) and makes the sheet.</summary>
    private Sheet ReadSheetBody(bool measure, long start, List<(Field, long)>? members)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fields = new SheetFields();
        while (NextProperty(seen, measure ? N.MeasureProperties : N.ProjectProperties, out var name))
        {
            var at = _reader.TokenStartIndex;
            if (ReadField(name, ref fields, members) is { } member)
            {
                members?.Add((member, at));
            }

            EndProperty();
        }

        if (!measure)
        {
            Require(seen, N.Name, start);
            return fields.ToProject();
        }

        foreach (var required in (ReadOnlySpan<string>)[N.Chapter, N.Policy, N.Measure])
        {
            Require(seen, required, start);
        }

        return fields.ToMeasure();
    }

    /// <summary>
    /// Reads one property of a sheet (the caller has checked that the sheet's kind has it); returns the model member it
    /// fills, if any.
    /// </summary>
    private Field? ReadField(string name, ref SheetFields fields, List<(Field, long)>? members)
    {
        switch (name)
        {
            case N.Chapter:
                fields.Chapter = ReadPlanItem(PlanLevel.Chapter);
                return Field.Chapter;
            case N.Policy:
                fields.Policy = ReadPlanItem(PlanLevel.Policy);
                return Field.Policy;
            case N.Measure:
                fields.Measure = ReadPlanItem(PlanLevel.Measure);
                return Field.MeasureItem;
            case N.Purposes:
                fields.Purposes = ReadSheetItems();
                return Field.Purposes;
            case N.Goals:
                fields.Goals = ReadSheetItems();
                return Field.Goals;
            case N.Results:
                fields.Results = ReadSheetItems();
                return Field.Results;
            case N.Outcomes:
                fields.Outcomes = ReadIndicators(IndicatorKind.Outcome);
                return Field.Outcomes;
            case N.Name:
                fields.Name = ReadProjectName();
                return Field.Name;
            case N.CarriedOver:
                fields.IsCarriedOver = ReadBoolean();
                return Field.CarriedOver;
            case N.Account:
                fields.Account = ReadAccount();
                return Field.Account;
            case N.Measures:
                fields.Measures = ReadPlanItems();
                return Field.Measures;
            case N.Overview:
                fields.Overview = ReadString();
                return Field.Overview;
            case N.Purpose:
                fields.Purpose = ReadString();
                return Field.Purpose;
            case N.Goal:
                fields.Goal = _reader.TokenType == JsonTokenType.Null ? null : ReadIndicator(IndicatorKind.Qualitative);
                return Field.Goal;
            case N.Activities:
                fields.Activities = ReadIndicators(IndicatorKind.Activity);
                return Field.Activities;
            case N.Cost:
                fields.Cost = ReadCost(members);
                return Field.Cost;
            case N.Staff:
                fields.Staff = ReadStaff(members);
                return Field.Staff;
            default:
                return ReadCommon(name, ref fields);
        }
    }

    /// <summary>Reads a property every sheet has; returns the model member it fills, if any.</summary>
    private Field? ReadCommon(string name, ref SheetFields common)
    {
        switch (name)
        {
            case N.Type:
                return null; // read ahead by ReadSheet
            case N.Department:
                common.Department = ReadNullableString() switch
                {
                    null => null,
                    var blank when string.IsNullOrWhiteSpace(blank) => throw Error(JsonMessages.EmptyDepartment, _reader.TokenStartIndex),
                    var given => new Department(given),
                };
                return Field.Department;
            case N.Strategy:
                if (ReadNullableString() is { } text)
                {
                    var link = StrategyLink.Read(text);
                    common.Strategy = link.Success ? link.Value : throw Error(link.Message!, _reader.TokenStartIndex);
                }

                return Field.Strategy;
            case N.Reason:
                common.Reason = ReadString();
                return Field.Reason;
            case N.FutureActions:
                common.FutureActions = ReadString();
                return Field.FutureActions;
            default:
                common.Unrecognized = ReadUnrecognized();
                return Field.Unrecognized;
        }
    }

    private readonly string ReadProjectName()
    {
        var name = ReadString();
        return string.IsNullOrWhiteSpace(name) ? throw Error(JsonMessages.EmptyProjectName, _reader.TokenStartIndex) : name;
    }

    private ValueArray<string> ReadUnrecognized()
    {
        ExpectArray();
        var lines = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; NextElement(i); i++)
        {
            var line = ReadString();
            lines.Add(line);
            if (_unrecognized is not null && Position(_reader.TokenStartIndex) is { } position)
            {
                _unrecognized.Add(new Diagnostic(
                    ReaderDiagnosticCodes.Unrecognized,
                    DiagnosticSeverity.Warning,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, JsonMessages.UnrecognizedLine, line),
                    position, DiagnosticOrigin.Reader));
            }

            EndElement();
        }

        return lines.ToImmutable();
    }

    /// <summary>The properties of a sheet as read so far, of either kind.</summary>
    private struct SheetFields()
    {
        public Department? Department;
        public StrategyLink? Strategy;
        public string Reason = string.Empty;
        public string FutureActions = string.Empty;
        public ValueArray<string> Unrecognized;

        public PlanItem? Chapter;
        public PlanItem? Policy;
        public PlanItem? Measure;
        public ValueArray<SheetItem> Purposes;
        public ValueArray<SheetItem> Goals;
        public ValueArray<SheetItem> Results;
        public ValueArray<Indicator> Outcomes;

        public string? Name;
        public bool IsCarriedOver;
        public Budget.BudgetAccount? Account;
        public ValueArray<PlanItem> Measures;
        public string Overview = string.Empty;
        public string Purpose = string.Empty;
        public Indicator? Goal;
        public ValueArray<Indicator> Activities;
        public CostLine Cost = CostLine.Blank;
        public StaffLine Staff = StaffLine.Blank;

        /// <summary>The measure sheet; its chapter, policy and measure have been required.</summary>
        public readonly MeasureSheet ToMeasure() => new()
        {
            Department = Department,
            Strategy = Strategy,
            Chapter = Chapter!,
            Policy = Policy!,
            Measure = Measure!,
            Purposes = Purposes,
            Goals = Goals,
            Results = Results,
            Outcomes = Outcomes,
            Reason = Reason,
            FutureActions = FutureActions,
            Unrecognized = Unrecognized,
        };

        /// <summary>The project sheet; its name has been required.</summary>
        public readonly ProjectSheet ToProject() => new()
        {
            Department = Department,
            Strategy = Strategy,
            Name = Name!,
            IsCarriedOver = IsCarriedOver,
            Account = Account,
            Measures = Measures,
            Overview = Overview,
            Purpose = Purpose,
            Goal = Goal,
            Activities = Activities,
            Cost = Cost,
            Staff = Staff,
            Reason = Reason,
            FutureActions = FutureActions,
            Unrecognized = Unrecognized,
        };
    }
}
