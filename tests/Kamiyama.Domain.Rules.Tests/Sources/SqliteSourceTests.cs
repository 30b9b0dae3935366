using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Sources;

public sealed class SqliteSourceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-sqlite-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void CityDatabase_ThroughTheSourceAbstraction_GivesTheSameDocumentAndFindingsAsTheTextFile()
    {
        var fromText = TextSheetSource.Bundled().Read().Document;
        var database = Path.Combine(_folder.FullName, "sheets.db");
        CitySqliteDatabase.Create(database, fromText);

        var read = new SqliteSheetSource(database).Read();
        var rules = RuleSet.FromRules(BuiltInRules.All());
        var expected = rules.Evaluate(fromText).Findings.Select(f => (f.RuleId, f.Location.Path, f.Message));
        var actual = rules.Evaluate(read.Document).Findings.Select(f => (f.RuleId, f.Location.Path, f.Message));

        Assert.Empty(read.Diagnostics);
        Assert.Equal(fromText, read.Document);
        Assert.Equal(expected.Order(), actual.Order());
        Assert.Equal(17, actual.Count());
    }

    [Fact]
    public void CityDatabase_FindingsPointAtTheTableRow()
    {
        var database = Path.Combine(_folder.FullName, "sheets.db");
        CitySqliteDatabase.Create(database, TextSheetSource.Bundled().Read().Document);

        var run = RuleSet.FromRules(BuiltInRules.All()).Evaluate(new SqliteSheetSource(database).Read().Document);

        var finding = run.Findings.First(f => f.RuleId == "KMY001");
        Assert.Equal("sheets.db:indicator", finding.Location.Position!.Value.File);
        Assert.StartsWith("sheets.db:indicator(", finding.ToString(), StringComparison.Ordinal);
        Assert.Contains(run.Findings, f => f.RuleId == "KMY002" && f.Location.Position!.Value.File == "sheets.db:sheet");
    }
}
