using System.Collections.Immutable;
using System.Text.Json;
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
        var members = _map is null ? null : new List<(string, long)>();
        Sheet sheet;
        try
        {
            sheet = kind == N.MeasureSheet ? ReadMeasure(start, members) : ReadProject(start, members);
        }
        catch (ArgumentException exception)
        {
            // The checks above leave little for the model to refuse; whatever it does is reported on the sheet.
            throw Error(JsonMessages.InvalidSheet, start, exception.Message);
        }

        Record(sheet, start, members);
        return sheet;
    }

    private MeasureSheet ReadMeasure(long start, List<(string, long)>? members)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var common = new CommonFields();
        PlanItem? chapter = null, policy = null, measure = null;
        ValueArray<SheetItem> purposes = default, goals = default, results = default;
        ValueArray<Indicator> outcomes = default;
        while (NextProperty(seen, N.MeasureProperties, out var name))
        {
            var at = _reader.TokenStartIndex;
            string? member;
            switch (name)
            {
                case N.Chapter:
                    (chapter, member) = (ReadPlanItem(PlanLevel.Chapter), nameof(MeasureSheet.Chapter));
                    break;
                case N.Policy:
                    (policy, member) = (ReadPlanItem(PlanLevel.Policy), nameof(MeasureSheet.Policy));
                    break;
                case N.Measure:
                    (measure, member) = (ReadPlanItem(PlanLevel.Measure), nameof(MeasureSheet.Measure));
                    break;
                case N.Purposes:
                    (purposes, member) = (ReadSheetItems(), nameof(MeasureSheet.Purposes));
                    break;
                case N.Goals:
                    (goals, member) = (ReadSheetItems(), nameof(MeasureSheet.Goals));
                    break;
                case N.Results:
                    (results, member) = (ReadSheetItems(), nameof(MeasureSheet.Results));
                    break;
                case N.Outcomes:
                    (outcomes, member) = (ReadIndicators(IndicatorKind.Outcome), nameof(MeasureSheet.Outcomes));
                    break;
                default:
                    member = ReadCommon(name, ref common);
                    break;
            }

            if (member is not null)
            {
                members?.Add((member, at));
            }

            EndProperty();
        }

        foreach (var required in (ReadOnlySpan<string>)[N.Chapter, N.Policy, N.Measure])
        {
            Require(seen, required, start);
        }

        return new MeasureSheet
        {
            Department = common.Department,
            Strategy = common.Strategy,
            Chapter = chapter!,
            Policy = policy!,
            Measure = measure!,
            Purposes = purposes,
            Goals = goals,
            Results = results,
            Outcomes = outcomes,
            Reason = common.Reason,
            FutureActions = common.FutureActions,
            Unrecognized = common.Unrecognized,
        };
    }

    private ProjectSheet ReadProject(long start, List<(string, long)>? members)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var common = new CommonFields();
        string? projectName = null;
        var carriedOver = false;
        Budget.BudgetAccount? account = null;
        ValueArray<PlanItem> measures = default;
        string overview = string.Empty, purpose = string.Empty;
        Indicator? goal = null;
        ValueArray<Indicator> activities = default;
        var cost = CostLine.Blank;
        var staff = StaffLine.Blank;
        while (NextProperty(seen, N.ProjectProperties, out var name))
        {
            var at = _reader.TokenStartIndex;
            string? member;
            switch (name)
            {
                case N.Name:
                    (projectName, member) = (ReadProjectName(), nameof(ProjectSheet.Name));
                    break;
                case N.CarriedOver:
                    (carriedOver, member) = (ReadBoolean(), nameof(ProjectSheet.IsCarriedOver));
                    break;
                case N.Account:
                    (account, member) = (ReadAccount(), nameof(ProjectSheet.Account));
                    break;
                case N.Measures:
                    (measures, member) = (ReadPlanItems(), nameof(ProjectSheet.Measures));
                    break;
                case N.Overview:
                    (overview, member) = (ReadString(), nameof(ProjectSheet.Overview));
                    break;
                case N.Purpose:
                    (purpose, member) = (ReadString(), nameof(ProjectSheet.Purpose));
                    break;
                case N.Goal:
                    (goal, member) = (_reader.TokenType == JsonTokenType.Null ? null : ReadIndicator(IndicatorKind.Qualitative), nameof(ProjectSheet.Goal));
                    break;
                case N.Activities:
                    (activities, member) = (ReadIndicators(IndicatorKind.Activity), nameof(ProjectSheet.Activities));
                    break;
                case N.Cost:
                    (cost, member) = (ReadCost(), nameof(ProjectSheet.Cost));
                    break;
                case N.Staff:
                    (staff, member) = (ReadStaff(), nameof(ProjectSheet.Staff));
                    break;
                default:
                    member = ReadCommon(name, ref common);
                    break;
            }

            if (member is not null)
            {
                members?.Add((member, at));
            }

            EndProperty();
        }

        Require(seen, N.Name, start);

        return new ProjectSheet
        {
            Department = common.Department,
            Strategy = common.Strategy,
            Name = projectName!,
            IsCarriedOver = carriedOver,
            Account = account,
            Measures = measures,
            Overview = overview,
            Purpose = purpose,
            Goal = goal,
            Activities = activities,
            Cost = cost,
            Staff = staff,
            Reason = common.Reason,
            FutureActions = common.FutureActions,
            Unrecognized = common.Unrecognized,
        };
    }

    /// <summary>Reads a property every sheet has; returns the model member it fills, if any.</summary>
    private string? ReadCommon(string name, ref CommonFields common)
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
                return nameof(Sheet.Department);
            case N.Strategy:
                if (ReadNullableString() is { } text)
                {
                    var link = StrategyLink.Read(text);
                    common.Strategy = link.Success ? link.Value : throw Error(link.Message!, _reader.TokenStartIndex);
                }

                return nameof(Sheet.Strategy);
            case N.Reason:
                common.Reason = ReadString();
                return nameof(Sheet.Reason);
            case N.FutureActions:
                common.FutureActions = ReadString();
                return nameof(Sheet.FutureActions);
            default:
                common.Unrecognized = ReadUnrecognized();
                return nameof(Sheet.Unrecognized);
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
                _unrecognized.Add(new ReaderDiagnostic(
                    ReaderDiagnosticCodes.Unrecognized,
                    DiagnosticSeverity.Warning,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, JsonMessages.UnrecognizedLine, line),
                    position));
            }

            EndElement();
        }

        return lines.ToImmutable();
    }

    /// <summary>The properties both kinds of sheet have.</summary>
    private struct CommonFields()
    {
        public Department? Department;
        public StrategyLink? Strategy;
        public string Reason = string.Empty;
        public string FutureActions = string.Empty;
        public ValueArray<string> Unrecognized;
    }
}
