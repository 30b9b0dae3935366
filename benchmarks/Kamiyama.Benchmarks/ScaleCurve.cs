using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kamiyama.Domain;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// How one document's cost grows with its size: the bundled sample's sheets copied with distinct 施策 codes and 事業 names
/// (a nation's plan in one document), written in the published layout, then read, checked with the built-in rules,
/// exported (text and JSON) and reported (SARIF), each size in a fresh process so that its peak working set is its own.
/// The time per sheet must stay flat. Not a BenchmarkDotNet suite: one 100,000-sheet pass takes a minute.
/// <c>dotnet run -c Release --project benchmarks/Kamiyama.Benchmarks -- --scale [sheets…]</c> (10,000 20,000 50,000 100,000).
/// </summary>
internal static class ScaleCurve
{
    private const string Marker = "scale:";
    private static readonly int[] DefaultSizes = [10_000, 20_000, 50_000, 100_000];

    internal static int Run(string[] args)
    {
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : DefaultSizes;
        Console.WriteLine($"// one document of N sheets (distinct codes), a fresh process per size, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| sheets | MB | read µs/sheet | check µs/sheet | findings | export text µs/sheet | export JSON µs/sheet | SARIF µs/sheet | peak working set MB | GC pause µs/sheet | read ×, check × the first size |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double? firstRead = null, firstCheck = null;
        foreach (var size in sizes)
        {
            var result = Spawn(size);
            if (result is null)
            {
                return 1;
            }

            var r = result.Value;
            firstRead ??= r.Read;
            firstCheck ??= r.Check;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Sheets:N0} | {r.Megabytes:F1} | {r.Read:F1} | {r.Check:F1} | {r.Findings:N0} | {r.ExportText:F1} | {r.ExportJson:F1} | {r.Sarif:F1} | {r.PeakMegabytes:F0} | {r.Pause:F1} | {r.Read / firstRead:F2}, {r.Check / firstCheck:F2} |"));
        }

        return 0;
    }

    /// <summary>The child side: one size, one line after <see cref="Marker"/>.</summary>
    internal static int RunOne(int sheets)
    {
        using var rules = RuleLoader.LoadBuiltIn().RuleSet ?? throw new InvalidOperationException("The built-in rules did not load.");
        // Warm every path on a small document first (twice, so that the hot methods are recompiled with their profile),
        // so that the first size does not pay for the JIT.
        var sample = TextSheetSource.Bundled().Read().Document;
        var warm = Encoding.UTF8.GetBytes(TextLayoutWriter.Write(Document(sample, 1_500)));
        Pass(rules, warm);
        Thread.Sleep(500);
        Pass(rules, warm);

        var bytes = Encoding.UTF8.GetBytes(TextLayoutWriter.Write(Document(sample, sheets)));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var pauseBefore = GC.GetTotalPauseDuration();
        var (read, check, findings, text, json, sarif, count) = Pass(rules, bytes);
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        double PerSheet(TimeSpan t) => t.TotalMilliseconds * 1000 / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker} {count} {bytes.Length / 1e6:F2} {PerSheet(read):F2} {PerSheet(check):F2} {findings} {PerSheet(text):F2} {PerSheet(json):F2} {PerSheet(sarif):F2} {process.PeakWorkingSet64 / 1e6:F0} {PerSheet(pause):F2}"));
        return 0;
    }

    private static (TimeSpan Read, TimeSpan Check, int Findings, TimeSpan Text, TimeSpan Json, TimeSpan Sarif, int Sheets) Pass(Kamiyama.Domain.Rules.RuleSet rules, byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        var read = TextSheetSource.FromBytes(bytes, "scale.txt").Read();
        var readTime = clock.Elapsed;
        if (read.HasErrors)
        {
            throw new InvalidOperationException($"The generated document did not read: {read.Diagnostics.First(d => d.Severity == Kamiyama.Domain.Diagnostics.DiagnosticSeverity.Error)}");
        }

        clock.Restart();
        // Every finding of the document, however large: the default limit (10,000 per rule) would stop rules on the
        // larger sizes and make their check look cheaper.
        var run = rules.Evaluate(read.Document, new Kamiyama.Domain.Rules.RuleOptions { FindingLimit = int.MaxValue, RunTimeLimit = Timeout.InfiniteTimeSpan });
        var checkTime = clock.Elapsed;

        clock.Restart();
        using (var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16))
        {
            TextLayoutWriter.Write(read.Document, writer);
        }

        var textTime = clock.Elapsed;
        clock.Restart();
        EvaluationJson.Serialize(Stream.Null, read.Document);
        var jsonTime = clock.Elapsed;
        clock.Restart();
        Report.Write(ReportFormat.Sarif, run, read.Document, Stream.Null);
        var sarifTime = clock.Elapsed;
        return (readTime, checkTime, run.Findings.Count, textTime, jsonTime, sarifTime, read.Document.Sheets.Count);
    }

    /// <summary>
    /// The sample's sheets, copied until there are <paramref name="sheets"/>: copy k is chapter 1 + k mod 999 with its
    /// policies moved by 10 × (k div 999), so that every 施策 code is distinct, and its 事業 names end in ・k.
    /// </summary>
    internal static EvaluationDocument Document(EvaluationDocument sample, int sheets)
    {
        var copies = new List<Sheet>(sheets);
        for (var k = 0; copies.Count < sheets; k++)
        {
            PlanCode Move(PlanCode code) => code.Level switch
            {
                PlanLevel.Chapter => PlanCode.Parse(Code(1 + (k % 999))),
                PlanLevel.Policy => PlanCode.Parse(Code(1 + (k % 999), code.Policy + (10 * (k / 999)))),
                _ => PlanCode.Parse(Code(1 + (k % 999), code.Policy + (10 * (k / 999)), code.Measure)),
            };
            PlanItem MoveItem(PlanItem item) => item.Code.Chapter == 5 ? new PlanItem(Move(item.Code), item.Title) : item;
            foreach (var sheet in sample.Sheets)
            {
                copies.Add(sheet switch
                {
                    MeasureSheet m => m with { Chapter = MoveItem(m.Chapter), Policy = MoveItem(m.Policy), Measure = MoveItem(m.Measure) },
                    ProjectSheet p => p with { Name = string.Create(CultureInfo.InvariantCulture, $"{p.Name}・{k}"), Measures = [.. p.Measures.Select(MoveItem)] },
                    _ => sheet,
                });
                if (copies.Count == sheets)
                {
                    break;
                }
            }
        }

        return new EvaluationDocument(sample.FiscalYear, copies, sample.Plan.Name);
    }

    private static string Code(params int[] parts) => string.Join("-", parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    private static Measured? Spawn(int sheets)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[typeof(ScaleCurve).Assembly.Location, "--scale-one", sheets.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"--scale-one {sheets} failed (exit {process.ExitCode}): {stdout}{stderr.Result}");
            return null;
        }

        var parts = line[Marker.Length..].Trim().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new Measured((int)parts[0], parts[1], parts[2], parts[3], (int)parts[4], parts[5], parts[6], parts[7], parts[8], parts[9]);
    }

    private readonly record struct Measured(int Sheets, double Megabytes, double Read, double Check, int Findings, double ExportText, double ExportJson, double Sarif, double PeakMegabytes, double Pause);
}
