// A city system that already keeps its budget ledger as CSV: it reads the ledger as an evaluation document of its own
// (reader diagnostics for cells it cannot read), checks it with the built-in rules, a rule script over its own row type
// and a rule compiled ahead of time, and writes one SARIF with the reader diagnostics and the findings together.
using System.Text.Json;
using City.Budget;
using Kamiyama.Domain;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

var here = AppContext.BaseDirectory;
var output = args.Length > 0 ? args[0] : "city.sarif";

// The dozen lines a city system writes (README.md shows them).
var (read, rows) = Ledger.Read(Path.Combine(here, "data", "ledger.csv"));
var loaded = RuleLoader.LoadSet(
    [Path.Combine(here, "rules")],
    includeBuiltIn: true,
    new RuleLoadOptions { HostTypes = [typeof(LedgerRow)], CacheDirectory = Path.Combine(Path.GetTempPath(), "city-system-rules") },
    compiled: [new NoDepartment()]);
using var rules = loaded.RuleSet ?? throw new InvalidOperationException(loaded.ToString());
var (options, configured) = RuleConfiguration.ReadFile(Path.Combine(here, "data", RuleConfiguration.FileName), rules);
var subjects = DocumentSubjects.Of(read.Document).Concat(rows.Select(r => new Subject(r, "ledger/" + r.Project)));
var run = rules.Evaluate(subjects, options, read.Document).WithDiagnostics([.. read.Diagnostics, .. loaded.Diagnostics, .. configured]);
using (var sarif = File.Create(output))
{
    SarifReport.Write(run, sarif, new ReportOptions { ToolName = "city-system", ToolVersion = "1.0", BaseFolder = here });
}

Console.WriteLine(TextReport.Summary(run, read.Document.Sheets.Count));

// What the city expects of its own ledger, read from the CSV above: row 4 (道路補修事業) has an actual that is not a
// number; 広報事業 spent 2,000 of 6,317 (KMY002 without a 理由, and CITY101); 観光振興事業 has no department (CITY900);
// the city's configuration turns KMY009 (empty sections: a ledger has none) off.
using var written = JsonDocument.Parse(File.ReadAllText(output));
var results = written.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
    .Select(r => (Rule: r.GetProperty("ruleId").GetString(), Message: r.GetProperty("message").GetProperty("text").GetString() ?? string.Empty))
    .ToList();
var missing = new[]
{
    ("KRD021", "道路補修事業"),
    ("KMY002", "2,000"),
    ("CITY101", "広報事業"),
    ("CITY900", "観光振興事業"),
}.Where(e => !results.Any(r => r.Rule == e.Item1 && r.Message.Contains(e.Item2, StringComparison.Ordinal))).ToList();
foreach (var (rule, text) in missing)
{
    Console.Error.WriteLine($"city-system: {output} has no {rule} result about {text}");
}

var unexpected = results.Where(r => r.Rule == "KMY009" || (r.Rule == "CITY101" && !r.Message.Contains("広報事業", StringComparison.Ordinal))).ToList();
foreach (var (rule, message) in unexpected)
{
    Console.Error.WriteLine($"city-system: {output} has an unexpected {rule} result: {message}");
}

// Every report of the bundled sample from the packed packages, as a downstream test snapshots them: each in its format,
// with the sample's findings (3 errors, 11 warnings, 3 notes in its 15 sheets), no folder of this machine in any.
var sample = Kamiyama.Domain.TextLayout.TextSheetSource.Bundled().Read();
var builtIn = RuleLoader.LoadBuiltIn(new RuleLoadOptions { CacheDirectory = Path.Combine(Path.GetTempPath(), "city-system-rules") });
using var builtInRules = builtIn.RuleSet ?? throw new InvalidOperationException(builtIn.ToString());
var sampleRun = builtInRules.Evaluate(sample.Document);
var expectedIn = new Dictionary<ReportFormat, string>
{
    [ReportFormat.Text] = "3 errors, 11 warnings, 3 notes in 15 sheets (9 rules)",
    [ReportFormat.Json] = "\"reportVersion\": 2",
    [ReportFormat.Sarif] = "\"version\": \"2.1.0\"",
    [ReportFormat.JUnit] = "<testsuites name=\"kamiyama\"",
    [ReportFormat.Markdown] = "# 令和4年度 施策・事業評価の点検結果",
    [ReportFormat.Html] = "id=\"chart-achievement\"",
};
var badReports = 0;
foreach (var (format, marker) in expectedIn)
{
    using var stream = new MemoryStream();
    Report.Write(format, sampleRun, sample.Document, stream, new ReportOptions { BaseFolder = here });
    var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
    if (!text.Contains(marker, StringComparison.Ordinal) || !text.Contains("KMY001", StringComparison.Ordinal) || text.Contains(here, StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"city-system: the {format} report of the sample lacks '{marker}' or KMY001, or names {here}");
        badReports++;
    }
}

return missing.Count == 0 && unexpected.Count == 0 && badReports == 0 ? 0 : 1;

namespace City.Budget
{
    /// <summary>A row of the city's ledger (千円), as its own system keeps it.</summary>
    public sealed record LedgerRow(string Project, string? Department, long Budget, long? Actual, string Reason);

    /// <summary>The city's own source: its ledger CSV as an evaluation document, and its rows.</summary>
    public static class Ledger
    {
        public static (ReadResult Read, List<LedgerRow> Rows) Read(string path)
        {
            var name = Path.GetFileName(path);
            var positions = new SourceMap.Builder();
            var diagnostics = new List<Diagnostic>();
            var sheets = new List<Sheet>();
            var rows = new List<LedgerRow>();
            var lines = File.ReadAllLines(path);
            for (var i = 1; i < lines.Length; i++)
            {
                var cells = lines[i].Split(',');
                var line = i + 1;
                long? Number(int column)
                {
                    if (long.TryParse(cells[column], out var value))
                    {
                        return value;
                    }

                    var at = new SourcePosition(name, line, string.Join(',', cells[..column]).Length + (column > 0 ? 2 : 1));
                    diagnostics.Add(new Diagnostic(ReaderDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, $"{cells[0]}: the {(column == 2 ? "budget" : "actual")} '{cells[column]}' is not a number of 千円.", at, DiagnosticOrigin.Reader));
                    return null;
                }

                var (budget, actual) = (Number(2), Number(3));
                var sheet = new ProjectSheet
                {
                    Name = cells[0],
                    Department = cells[1].Length > 0 ? new Department(cells[1]) : null,
                    Cost = new CostLine(Figure(budget), Figure(actual), Figure<Money>.Blank),
                    Reason = cells[4],
                };
                var row = new LedgerRow(cells[0], cells[1].Length > 0 ? cells[1] : null, budget ?? 0, actual, cells[4]);
                positions.Add(sheet, new SourcePosition(name, line, 1))
                    .Add(sheet, new SourcePosition(name, line, lines[i].IndexOf(cells[3], cells[0].Length + cells[1].Length + cells[2].Length + 3, StringComparison.Ordinal) + 1), Field.CostActual)
                    .Add(row, new SourcePosition(name, line, 1));
                sheets.Add(sheet);
                rows.Add(row);
            }

            return (new ReadResult(new EvaluationDocument(new FiscalYear(2022), sheets, sources: positions.Build()), diagnostics), rows);
        }

        private static Figure<Money> Figure(long? thousandYen) => thousandYen is { } value ? Money.FromThousandYen(value) : Figure<Money>.Blank;
    }

    /// <summary>CITY900, compiled with the city system: every project names its department.</summary>
    public sealed class NoDepartment : Rule<ProjectSheet>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "CITY900",
            Title = "所属の記載",
            DefaultSeverity = DiagnosticSeverity.Error,
            Category = "台帳",
            MessageFormat = "{project} に所属がありません。",
            Description = "台帳のすべての事業に所属を記載します。",
        };

        public override void Check(ProjectSheet sheet, RuleContext context)
        {
            if (sheet.Department is null)
            {
                context.Report(("project", sheet.Name)).At(sheet, Field.Department);
            }
        }
    }
}
