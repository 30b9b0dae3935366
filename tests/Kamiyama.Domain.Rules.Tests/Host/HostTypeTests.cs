using City.Budget;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Tests.Compilation;
using Microsoft.Data.Sqlite;

namespace Kamiyama.Domain.Rules.Tests.Host;

/// <summary>
/// Rule scripts over the host's own types: the host offers <see cref="BudgetLine"/> (read from its own SQLite
/// database), a script is <c>Rule&lt;BudgetLine&gt;</c>, and the gate allows exactly what reads of that type.
/// </summary>
public sealed class HostTypeTests : IDisposable
{
    private const string Unspent = """
        using City.Budget;

        public sealed class Unspent : Rule<BudgetLine>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "CITY101", Title = "予算の執行", DefaultSeverity = DiagnosticSeverity.Warning, Category = "予算",
                MessageFormat = "{project} の予算 {budget} 千円のうち {spent} 千円しか使われていません。",
                Description = "開いている予算の半分も使われていないとき報告します。",
            };

            public override void Check(BudgetLine line, RuleContext context)
            {
                if (line.Status == BudgetStatus.Open && line.Unspent && line.Budget > BudgetLine.Threshold)
                {
                    context.Report(("project", line.Project), ("budget", line.Budget), ("spent", line.Spent));
                }
            }
        }
        """;

    private readonly TempCache _cache = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-host-");

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Delete(recursive: true);
    }

    private RuleLoadOptions Offering => _cache.Options with { HostTypes = [typeof(BudgetLine), typeof(BudgetStatus)] };

    /// <summary>The city's own database: four budget lines, of which only 広報事業 (6,317 budgeted, 2,000 spent, open) is over the threshold, open and less than half spent.</summary>
    private List<BudgetLine> ReadCityDatabase()
    {
        var path = Path.Combine(_folder.FullName, "budget.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE budget (project TEXT, budget INTEGER, spent INTEGER, status TEXT);
                INSERT INTO budget VALUES ('広報事業', 6317, 2000, 'Open'), ('防災事業', 5000, 4900, 'Open'), ('閉じた事業', 9000, 10, 'Closed'), ('小さな事業', 800, 10, 'Open');
                """;
            create.ExecuteNonQuery();
        }

        using var query = connection.CreateCommand();
        query.CommandText = "SELECT project, budget, spent, status FROM budget ORDER BY rowid";
        using var reader = query.ExecuteReader();
        var lines = new List<BudgetLine>();
        while (reader.Read())
        {
            lines.Add(new BudgetLine(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), Enum.Parse<BudgetStatus>(reader.GetString(3))));
        }

        return lines;
    }

    [Fact]
    public void AScriptOverTheHostsType_ChecksTheCitysOwnDatabase()
    {
        var loaded = RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], Offering);
        using var set = loaded.RuleSet!;
        var lines = ReadCityDatabase();

        var run = set.Evaluate(lines.Select(l => new Subject(l, "budget/" + l.Project)));

        Assert.True(loaded.Success, loaded.ToString());
        var finding = Assert.Single(run.Findings);
        Assert.Equal(("CITY101", "budget/広報事業", "広報事業 の予算 6317 千円のうち 2000 千円しか使われていません。"), (finding.RuleId, finding.Location.Path, finding.Message));
        Assert.Equal(4, run.Count(OutcomeKind.Pass) + run.Count(OutcomeKind.Fail));
        Assert.False(set.CanRunInWorker); // a worker has no host assemblies
    }

    [Fact]
    public void WithoutTheTypeOffered_TheScriptDoesNotCompile()
    {
        var loaded = RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], _cache.Options);

        Assert.Null(loaded.RuleSet);
        Assert.Contains(loaded.Diagnostics, d => d.Code == RuleDiagnosticCodes.CompileError && d.Message.StartsWith("CS0246", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCacheKey_HoldsTheHostTypes_SoAnotherOfferIsCompiledAgain()
    {
        var first = RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], Offering);
        first.RuleSet!.Dispose();
        var again = RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], Offering);
        again.RuleSet!.Dispose();
        var fewer = RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], Offering with { HostTypes = [typeof(BudgetLine)] });

        Assert.False(first.FromCache);
        Assert.True(again.FromCache);
        Assert.False(fewer.FromCache);
        Assert.True(fewer.Success, fewer.ToString()); // enums are allowed, offered or not
        fewer.RuleSet!.Dispose();
        Assert.Equal(RuleCache.Key([RuleText.Source("a", "b")]), RuleCache.Key([RuleText.Source("a", "b")], HostSurface.Of([])));
        Assert.NotEqual(RuleCache.Key([RuleText.Source("a", "b")]), RuleCache.Key([RuleText.Source("a", "b")], HostSurface.Of([typeof(BudgetLine)])));
    }

    [Theory]
    [InlineData("subject.Note = \"x\";", "City.Budget.BudgetLine.Note is not allowed in rules: it can be assigned")]
    [InlineData("var note = subject.Note;", "City.Budget.BudgetLine.Note is not allowed in rules: it can be assigned")]
    [InlineData("subject.Close();", "City.Budget.BudgetLine.Close is not allowed in rules: of the host's types, rules may read properties and read-only fields only")]
    [InlineData("var made = new BudgetLine(\"a\", 1, 1, BudgetStatus.Open);", "new City.Budget.BudgetLine is not allowed in rules: rules read the host's objects and never make them")]
    [InlineData("BudgetLine.Reads++;", "City.Budget.BudgetLine.Reads is not allowed in rules: it can be assigned")]
    [InlineData("Ledger? ledger = null; var secret = ledger?.Secret;", "City.Budget.Ledger is not allowed in rules")]
    [InlineData("var type = subject.GetType().Assembly;", "System.Type")]
    public void OfTheHostsType_OnlyWhatReads_IsAllowed(string body, string refusal)
    {
        var rule = RuleText.Rule("Hostile", "CITY102", body, subject: "BudgetLine");

        var loaded = RuleLoader.Load([RuleText.Source("rules/CITY102.csx", "using City.Budget;\n" + rule)], Offering);

        Assert.Null(loaded.RuleSet);
        Assert.Contains(loaded.Diagnostics, d => d.Code == RuleDiagnosticCodes.Refused && d.Message.Contains(refusal, StringComparison.Ordinal));
    }

    [Fact]
    public void TheLibrarysOwnTypes_CannotBeOfferedAsTheHosts()
    {
        var problem = Assert.Throws<ArgumentException>(() => RuleLoader.Load([RuleText.Source("rules/CITY101.csx", Unspent)], Offering with { HostTypes = [typeof(RuleLoader)] }));

        Assert.Contains("RuleSurface.txt", problem.Message, StringComparison.Ordinal);
    }
}
