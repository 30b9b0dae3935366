using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Time;
using Microsoft.Data.Sqlite;

namespace Kamiyama.Domain.Rules.Tests.Sources;

/// <summary>
/// What a city system writes to run the rules over its own database: an <see cref="ISheetSource"/> over the tables of
/// <see cref="CitySqliteDatabase"/>. Positions name the table and row (<c>sheets.db:indicator(12,1)</c>), so a finding
/// points at the row to fix; cells that are not values become diagnostics, never exceptions.
/// </summary>
internal sealed class SqliteSheetSource(string path) : ISheetSource
{
    public string Name { get; } = Path.GetFileName(path);

    public ReadResult Read(ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var positions = new List<(object Element, string Table, long Row, Field? Member)>();
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var year = new FiscalYear(Convert.ToInt32(Scalar(connection, "SELECT fiscal_year FROM document"), System.Globalization.CultureInfo.InvariantCulture));
        var sheets = new List<Sheet>();
        foreach (var row in Rows(connection, "SELECT * FROM sheet ORDER BY id"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = (long)row["id"]!;
            var indicators = Rows(connection, $"SELECT * FROM indicator WHERE sheet_id = {id} ORDER BY ord").Select(r =>
            {
                var kind = Enum.Parse<IndicatorKind>((string)r["kind"]!);
                var indicator = new Indicator((string)r["name"]!, kind, Value((string)r["target"]!, kind, r, "target"), Value((string)r["actual"]!, kind, r, "actual"), Value((string)r["next_target"]!, kind, r, "next_target"));
                foreach (var member in new[] { null, Field.Target, Field.Actual, Field.NextTarget })
                {
                    positions.Add((indicator, "indicator", (long)r["id"]!, member));
                }

                return indicator;
            }).ToList();
            Sheet sheet = (string)row["kind"]! == "measure" ? Measure(connection, row, id, indicators) : Project(connection, row, id, indicators);
            positions.Add((sheet, "sheet", id, null));
            sheets.Add(sheet);
        }

        var builder = new SourceMap.Builder();
        foreach (var (element, table, rowId, member) in positions)
        {
            builder.Add(element, new SourcePosition($"{Name}:{table}", (int)rowId, 1), member);
        }

        var map = builder.Build();
        return new ReadResult(new EvaluationDocument(year, sheets, sources: map), diagnostics);

        IndicatorValue Value(string text, IndicatorKind kind, Dictionary<string, object?> r, string column)
        {
            if (kind == IndicatorKind.Qualitative)
            {
                return text.Length == 0 ? IndicatorValue.Empty : new IndicatorValue.Statement(text);
            }

            var result = IndicatorValue.Read(text);
            if (!result.Success)
            {
                diagnostics.Add(new Diagnostic(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, $"indicator.{column}: {result.Message}", new SourcePosition($"{Name}:indicator", (int)(long)r["id"]!, 1), DiagnosticOrigin.Reader));
                return new IndicatorValue.Statement(text);
            }

            return result.Value;
        }
    }

    private static MeasureSheet Measure(SqliteConnection connection, Dictionary<string, object?> row, long id, List<Indicator> outcomes)
    {
        var code = PlanCode.Parse((string)row["code"]!);
        ValueArray<SheetItem> Items(string section) => Rows(connection, $"SELECT * FROM item WHERE sheet_id = {id} AND section = '{section}' ORDER BY ord")
            .Select(r => new SheetItem(r["number"] is long n ? (int)n : null, (string)r["title"]!, ((string)r["details"]!).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToValueArray()))
            .ToValueArray();
        return new MeasureSheet
        {
            Department = row["department"] is string d ? new Department(d) : null,
            Strategy = row["strategy"] is string s ? StrategyLink.Parse(s) : null,
            Chapter = new PlanItem(new PlanCode(code.Chapter), (string)row["chapter_title"]!),
            Policy = new PlanItem(code.Parent!.Value, (string)row["policy_title"]!),
            Measure = new PlanItem(code, (string)row["title"]!),
            Purposes = Items("purpose"),
            Goals = Items("goal"),
            Results = Items("result"),
            Outcomes = outcomes.ToValueArray(),
            Reason = (string)row["reason"]!,
            FutureActions = (string)row["future_actions"]!,
        };
    }

    private static ProjectSheet Project(SqliteConnection connection, Dictionary<string, object?> row, long id, List<Indicator> indicators) => new()
    {
        Department = row["department"] is string d ? new Department(d) : null,
        Strategy = row["strategy"] is string s ? StrategyLink.Parse(s) : null,
        Name = (string)row["name"]!,
        IsCarriedOver = (long)row["carried_over"]! == 1,
        Account = row["account"] is string a ? BudgetAccount.Parse(a) : null,
        Measures = Rows(connection, $"SELECT * FROM linked_measure WHERE sheet_id = {id} ORDER BY ord").Select(r => new PlanItem(PlanCode.Parse((string)r["code"]!), (string)r["title"]!)).ToValueArray(),
        Overview = (string)row["overview"]!,
        Purpose = (string)row["purpose"]!,
        Goal = indicators.FirstOrDefault(i => i.Kind == IndicatorKind.Qualitative),
        Activities = indicators.Where(i => i.Kind == IndicatorKind.Activity).ToValueArray(),
        Cost = new CostLine(Cell((string)row["cost_budget"]!, Money.ReadThousandYen), Cell((string)row["cost_actual"]!, Money.ReadThousandYen), Cell((string)row["cost_next"]!, Money.ReadThousandYen)),
        Staff = new StaffLine(Cell((string)row["staff_planned"]!, PersonYears.Read), Cell((string)row["staff_actual"]!, PersonYears.Read), Cell((string)row["staff_next"]!, PersonYears.Read)),
        Reason = (string)row["reason"]!,
        FutureActions = (string)row["future_actions"]!,
    };

    private static Figure<T> Cell<T>(string text, Func<string, Kamiyama.Domain.Text.ParseResult<T>> read)
        where T : struct, IEquatable<T> =>
        text.Length == 0 ? Figure<T>.Blank : text == "—" ? Figure<T>.NotApplicable : read(text).Value;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<Dictionary<string, object?>> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
