using Microsoft.Data.Sqlite;

namespace Kamiyama.Domain.Rules.Tests.Sources;

/// <summary>
/// A city system's own store of sheets in SQLite, as such a system might lay it out: one row per sheet, one per
/// indicator, cells kept as the text staff typed (<c>17.0 %</c>, <c>－人</c>), money in 千円.
/// </summary>
internal static class CitySqliteDatabase
{
    private const string Schema = """
        CREATE TABLE sheet (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('measure', 'project')), department TEXT, strategy TEXT,
            code TEXT, title TEXT, chapter_title TEXT, policy_title TEXT,
            name TEXT, carried_over INTEGER, account TEXT, overview TEXT, purpose TEXT,
            cost_budget TEXT, cost_actual TEXT, cost_next TEXT, staff_planned TEXT, staff_actual TEXT, staff_next TEXT,
            reason TEXT NOT NULL, future_actions TEXT NOT NULL);
        CREATE TABLE item (sheet_id INTEGER NOT NULL REFERENCES sheet(id), section TEXT NOT NULL, ord INTEGER NOT NULL,
            number INTEGER, title TEXT NOT NULL, details TEXT NOT NULL);
        CREATE TABLE linked_measure (sheet_id INTEGER NOT NULL REFERENCES sheet(id), ord INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL);
        CREATE TABLE indicator (id INTEGER PRIMARY KEY, sheet_id INTEGER NOT NULL REFERENCES sheet(id), kind TEXT NOT NULL, ord INTEGER NOT NULL,
            name TEXT NOT NULL, target TEXT NOT NULL, actual TEXT NOT NULL, next_target TEXT NOT NULL);
        CREATE TABLE document (fiscal_year INTEGER NOT NULL);
        """;

    /// <summary>Creates the database file and stores a document in it, as a city system would have.</summary>
    public static void Create(string path, EvaluationDocument document)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema);
        Execute(connection, "INSERT INTO document VALUES ($y)", ("$y", document.FiscalYear!.Value.StartYear));
        var id = 0;
        foreach (var sheet in document.Sheets)
        {
            id++;
            switch (sheet)
            {
                case MeasureSheet m:
                    Execute(connection, "INSERT INTO sheet (id, kind, department, strategy, code, title, chapter_title, policy_title, reason, future_actions) VALUES ($id, 'measure', $d, $s, $c, $t, $ct, $pt, $r, $f)",
                        ("$id", id), ("$d", m.Department?.Name), ("$s", m.Strategy?.Text), ("$c", m.Code.ToString()), ("$t", m.Measure.Title), ("$ct", m.Chapter.Title), ("$pt", m.Policy.Title), ("$r", m.Reason), ("$f", m.FutureActions));
                    foreach (var (section, items) in new[] { ("purpose", m.Purposes), ("goal", m.Goals), ("result", m.Results) })
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            Execute(connection, "INSERT INTO item VALUES ($id, $s, $o, $n, $t, $d)", ("$id", id), ("$s", section), ("$o", i), ("$n", items[i].Number), ("$t", items[i].Title), ("$d", string.Join('\n', items[i].Details)));
                        }
                    }

                    break;
                case ProjectSheet p:
                    Execute(connection, "INSERT INTO sheet (id, kind, department, strategy, name, carried_over, account, overview, purpose, cost_budget, cost_actual, cost_next, staff_planned, staff_actual, staff_next, reason, future_actions) VALUES ($id, 'project', $d, $s, $n, $co, $a, $o, $pu, $cb, $ca, $cn, $sp, $sa, $sn, $r, $f)",
                        ("$id", id), ("$d", p.Department?.Name), ("$s", p.Strategy?.Text), ("$n", p.Name), ("$co", p.IsCarriedOver ? 1 : 0), ("$a", p.Account?.ToString()), ("$o", p.Overview), ("$pu", p.Purpose),
                        ("$cb", Cell(p.Cost.Budget)), ("$ca", Cell(p.Cost.Actual)), ("$cn", Cell(p.Cost.NextBudget)), ("$sp", Cell(p.Staff.Planned)), ("$sa", Cell(p.Staff.Actual)), ("$sn", Cell(p.Staff.NextPlanned)), ("$r", p.Reason), ("$f", p.FutureActions));
                    for (var i = 0; i < p.Measures.Count; i++)
                    {
                        Execute(connection, "INSERT INTO linked_measure VALUES ($id, $o, $c, $t)", ("$id", id), ("$o", i), ("$c", p.Measures[i].Code.ToString()), ("$t", p.Measures[i].Title));
                    }

                    break;
            }

            var ord = 0;
            foreach (var indicator in sheet.Indicators)
            {
                Execute(connection, "INSERT INTO indicator (sheet_id, kind, ord, name, target, actual, next_target) VALUES ($id, $k, $o, $n, $t, $a, $x)",
                    ("$id", id), ("$k", indicator.Kind.ToString()), ("$o", ord++), ("$n", indicator.Name), ("$t", indicator.Target.ToString()), ("$a", indicator.Actual.ToString()), ("$x", indicator.NextTarget.ToString()));
            }
        }

        transaction.Commit();
    }

    private static string Cell<T>(Kamiyama.Domain.Values.Figure<T> figure)
        where T : struct, IEquatable<T>, IFormattable => figure.Kind switch
        {
            Kamiyama.Domain.Values.FigureKind.Value => figure.Value.ToString(figure.Value is Kamiyama.Domain.Budget.Money ? "K" : null, System.Globalization.CultureInfo.InvariantCulture),
            Kamiyama.Domain.Values.FigureKind.NotApplicable => "—",
            _ => string.Empty,
        };

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
