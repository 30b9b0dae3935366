using System.Collections.Immutable;
using System.Text.Json;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;
using N = Kamiyama.Domain.Json.JsonNames;

namespace Kamiyama.Domain.Json;

/// <summary>Indicators, the values of their cells, and the cost and staff lines of a project.</summary>
internal ref partial struct DocumentReader
{
    private ValueArray<Indicator> ReadIndicators(IndicatorKind row)
    {
        ExpectArray();
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        for (var i = 0; NextElement(i); i++)
        {
            indicators.Add(ReadIndicator(row));
            EndElement();
        }

        return indicators.ToImmutable();
    }

    private Indicator ReadIndicator(IndicatorKind row)
    {
        ExpectObject(row == IndicatorKind.Qualitative ? JsonMessages.AnObjectOrNull : JsonMessages.AnObject);
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = _map is null ? null : new List<(Field, long)>();
        var name = string.Empty;
        var direction = IndicatorDirection.HigherIsBetter;
        IndicatorValue target = IndicatorValue.Empty, actual = IndicatorValue.Empty, nextTarget = IndicatorValue.Empty;
        while (NextProperty(seen, N.IndicatorProperties, out var property))
        {
            var at = _reader.TokenStartIndex;
            Field member;
            switch (property)
            {
                case N.Name:
                    (name, member) = (ReadString(), Field.Name);
                    break;
                case N.Row:
                    (row, member) = (ReadEnum("indicator row", IndicatorRows), Field.Kind);
                    break;
                case N.Direction:
                    (direction, member) = (ReadEnum("direction", Directions), Field.Direction);
                    break;
                case N.Target:
                    (target, member) = (ReadValue(), Field.Target);
                    break;
                case N.Actual:
                    (actual, member) = (ReadValue(), Field.Actual);
                    break;
                default:
                    (nextTarget, member) = (ReadValue(), Field.NextTarget);
                    break;
            }

            members?.Add((member, at));
            EndProperty();
        }

        Require(seen, N.Name, start);
        var indicator = new Indicator(name, row, target, actual, nextTarget, direction);
        Record(indicator, start, members);
        return indicator;
    }

    private static readonly (string Name, IndicatorKind Value)[] IndicatorRows =
        [(N.OutcomeRow, IndicatorKind.Outcome), (N.ActivityRow, IndicatorKind.Activity), (N.QualitativeRow, IndicatorKind.Qualitative)];

    private static readonly (string Name, IndicatorDirection Value)[] Directions =
        [(N.HigherIsBetter, IndicatorDirection.HigherIsBetter), (N.LowerIsBetter, IndicatorDirection.LowerIsBetter)];

    private readonly T ReadEnum<T>(string what, (string Name, T Value)[] values)
    {
        var text = ReadString();
        foreach (var (name, value) in values)
        {
            if (name == text)
            {
                return value;
            }
        }

        throw Error(JsonMessages.UnknownValue, _reader.TokenStartIndex, what, text, string.Join(", ", values.Select(v => v.Name)));
    }

    private IndicatorValue ReadValue()
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        if (!FindProperty(N.Kind, out var kindValue))
        {
            throw Error(JsonMessages.MissingProperty, start, N.Kind);
        }

        var outer = _reader;
        _reader = kindValue;
        _path.Add(PropertySegment(N.Kind));
        var allowed = ReadEnum("value kind", ValueKinds);
        EndProperty();
        _reader = outer;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        decimal? number = null;
        var unit = Unit.None;
        string? text = null;
        while (NextProperty(seen, allowed, out var property))
        {
            switch (property)
            {
                case N.Value:
                    number = ReadDecimal();
                    break;
                case N.Unit:
                    unit = ReadUnit();
                    break;
                case N.Text:
                    text = ReadString();
                    break;
            }

            EndProperty();
        }

        if (allowed == N.QuantityProperties)
        {
            Require(seen, N.Value, start);
            return new IndicatorValue.Quantity(number!.Value, unit);
        }

        if (allowed == N.StatementProperties)
        {
            Require(seen, N.Text, start);
            return new IndicatorValue.Statement(text!);
        }

        return allowed == N.NotApplicableProperties ? new IndicatorValue.NotApplicable(unit) : IndicatorValue.Empty;
    }

    // A value kind is known by the properties it allows.
    private static readonly (string Name, string[] Value)[] ValueKinds =
    [
        (N.Quantity, N.QuantityProperties), (N.NotApplicable, N.NotApplicableProperties), (N.Blank, N.BlankProperties), (N.Statement, N.StatementProperties),
    ];

    private readonly Unit ReadUnit()
    {
        var symbol = ReadNullableString();
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return Unit.None;
        }

        // The published text's rule (UnitPattern): what one reader refuses as a unit, the other refuses too.
        return UnitPattern.Check(Unit.Normalize(symbol)) is { } problem
            ? throw Error(JsonMessages.InvalidUnit, _reader.TokenStartIndex, symbol, problem)
            : new Unit(symbol);
    }

    private CostLine ReadCost(List<(Field, long)>? members)
    {
        ExpectObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Figure<Money> budget = default, actual = default, nextBudget = default;
        while (NextProperty(seen, N.CostProperties, out var name))
        {
            members?.Add((name switch { N.Budget => Field.CostBudget, N.Actual => Field.CostActual, _ => Field.CostNextBudget }, _reader.TokenStartIndex));
            var figure = ReadMoneyFigure();
            _ = name switch
            {
                N.Budget => budget = figure,
                N.Actual => actual = figure,
                _ => nextBudget = figure,
            };
            EndProperty();
        }

        return new CostLine(budget, actual, nextBudget);
    }

    private StaffLine ReadStaff(List<(Field, long)>? members)
    {
        ExpectObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Figure<PersonYears> planned = default, actual = default, nextPlanned = default;
        while (NextProperty(seen, N.StaffProperties, out var name))
        {
            members?.Add((name switch { N.Planned => Field.StaffPlanned, N.Actual => Field.StaffActual, _ => Field.StaffNextPlanned }, _reader.TokenStartIndex));
            var figure = ReadPersonYearsFigure();
            _ = name switch
            {
                N.Planned => planned = figure,
                N.Actual => actual = figure,
                _ => nextPlanned = figure,
            };
            EndProperty();
        }

        return new StaffLine(planned, actual, nextPlanned);
    }

    private readonly Figure<Money> ReadMoneyFigure()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            return IsNotApplicableOrBlank(JsonMessages.AWholeNumberOfYen) ? Figure<Money>.NotApplicable : Figure<Money>.Blank;
        }

        var yen = ReadDecimal();
        if (yen != decimal.Truncate(yen))
        {
            throw Error(JsonMessages.NotWholeYen, _reader.TokenStartIndex, RawText());
        }

        return yen is >= long.MinValue and <= long.MaxValue
            ? Figure<Money>.Of(new Money((long)yen))
            : throw Error(JsonMessages.NumberOutOfRange, _reader.TokenStartIndex, RawText());
    }

    private readonly Figure<PersonYears> ReadPersonYearsFigure()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            return IsNotApplicableOrBlank(JsonMessages.APersonYears) ? Figure<PersonYears>.NotApplicable : Figure<PersonYears>.Blank;
        }

        var value = ReadDecimal();
        return value < 0
            ? throw Error(Messages.NegativePersonYears, _reader.TokenStartIndex)
            : Figure<PersonYears>.Of(new PersonYears(value));
    }

    /// <summary>Whether a cell that holds no number is "notApplicable" (true) or null, blank (false); anything else is an error.</summary>
    private readonly bool IsNotApplicableOrBlank(string expected)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (_reader.TokenType == JsonTokenType.String && _reader.ValueTextEquals(N.NotApplicable))
        {
            return true;
        }

        var found = _reader.TokenType == JsonTokenType.String ? $"{JsonMessages.AString} '{GetString()}'" : Describe(_reader.TokenType);
        throw Error(JsonMessages.ExpectedFigure, _reader.TokenStartIndex, expected, found);
    }
}
