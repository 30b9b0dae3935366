using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Benchmarks;

/// <summary>
/// The end-to-end job at national scale: every municipality's document (≈1,700 × 500 sheets) read from the published
/// layout and checked with the built-in rules, one municipality at a time (a document is one city's), on every core.
/// Not a BenchmarkDotNet suite: one pass takes minutes. Reports throughput and the cost per sheet at checkpoints, which
/// must stay flat as the corpus grows (memory is bounded by the documents in flight, not by the corpus).
/// <c>dotnet run -c Release --project benchmarks/Kamiyama.Benchmarks -- --national [municipalities] [sheets]</c>.
/// </summary>
internal static partial class NationalScale
{
    internal static int Run(string[] args)
    {
        var municipalities = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1700;
        var sheetsPerMunicipality = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        var document = OneMunicipality(sheetsPerMunicipality, out var sheets);
        using var rules = RuleLoader.LoadBuiltIn().RuleSet ?? throw new InvalidOperationException("The built-in rules did not load.");
        Console.WriteLine($"// {municipalities:N0} municipalities × {sheets:N0} sheets ({document.Length / 1e6:F2} MB each), {Environment.ProcessorCount} cores");

        var checkpoints = new[] { 0.1, 0.5, 1.0 }.Select(f => Math.Max(1, (int)(municipalities * f))).ToArray();
        long done = 0;
        long findings = 0;
        var clock = Stopwatch.StartNew();
        var marks = new List<(int Municipalities, double Seconds)>();
        Parallel.For(0, municipalities, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var read = TextSheetSource.FromBytes(document, $"city{i:D4}.txt").Read();
            var run = rules.Evaluate(read.Document);
            Interlocked.Add(ref findings, run.Findings.Count);
            var n = (int)Interlocked.Increment(ref done);
            if (checkpoints.Contains(n))
            {
                lock (marks)
                {
                    marks.Add((n, clock.Elapsed.TotalSeconds));
                }
            }
        });
        clock.Stop();

        var total = (long)municipalities * sheets;
        Console.WriteLine($"| municipalities | sheets | seconds | sheets/s | µs per sheet | working set MB |");
        Console.WriteLine($"|---:|---:|---:|---:|---:|---:|");
        var previous = (Municipalities: 0, Seconds: 0.0);
        foreach (var mark in marks.OrderBy(m => m.Municipalities))
        {
            var segmentSheets = (double)(mark.Municipalities - previous.Municipalities) * sheets;
            var segmentSeconds = mark.Seconds - previous.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mark.Municipalities:N0} | {(long)mark.Municipalities * sheets:N0} | {mark.Seconds:F1} | {segmentSheets / segmentSeconds:N0} | {segmentSeconds * 1e6 / segmentSheets:F1} | {Environment.WorkingSet / 1e6:F0} |"));
            previous = mark;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {total:N0} sheets checked in {clock.Elapsed.TotalSeconds:F1} s ({total / clock.Elapsed.TotalSeconds:N0} sheets/s), {findings:N0} findings"));
        return 0;
    }

    /// <summary>One municipality's document: the sample's sheets repeated, with distinct measure codes per copy.</summary>
    private static byte[] OneMunicipality(int sheetsWanted, out int sheets)
    {
        var sample = BundledSample.ReadText();
        var copies = Math.Max(1, sheetsWanted / 15);
        var builder = new StringBuilder(sample.Length * copies);
        for (var c = 0; c < copies; c++)
        {
            // Chapters 5.. per copy keep measure codes distinct, so the plan and navigation grow like a real city's.
            // 事業 names end in ・c, before any （繰越）, so that no sheet is a duplicate of another copy's (KRD013).
            var copy = sample.Replace("5-", $"{5 + c}-", StringComparison.Ordinal).Replace("第5章", $"第{5 + c}章", StringComparison.Ordinal);
            copy = c == 0 ? copy : ProjectName().Replace(copy, $"$1・{c}");
            builder.Append(copy).Append('\n');
        }

        sheets = copies * 15;
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    [GeneratedRegex("(\t事業\t[^\t（]+)")]
    private static partial Regex ProjectName();
}
