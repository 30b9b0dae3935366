using System.Globalization;
using System.Text;
using Kamiyama.Domain;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules;
using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Benchmarks;

/// <summary>The KMY001 check (理由 required when an actual differs from its target) as plain C#, and its real rule file.</summary>
internal static class Kmy001
{
    private const string Resource = "Kamiyama.Domain.Rules.BuiltIn.KMY001-reason-required.csx";

    /// <summary>Whether one indicator of a sheet is a KMY001 finding.</summary>
    public static bool IsFinding(Indicator indicator, Sheet sheet) =>
        indicator.Kind != IndicatorKind.Qualitative && indicator.ActualDiffersFromTarget && !sheet.HasReason;

    /// <summary>The finding count of a document, by a plain loop.</summary>
    public static int Count(EvaluationDocument document)
    {
        var count = 0;
        foreach (var sheet in document.Sheets)
        {
            foreach (var indicator in sheet.Indicators)
            {
                if (IsFinding(indicator, sheet))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// The findings of a document by a plain loop: the same rule id, severity, message and places (actual, target, 理由)
    /// as the engine's, paths spelled out at once. What a careful hand-written check produces, without an engine.
    /// </summary>
    public static List<Finding> Findings(EvaluationDocument document)
    {
        var findings = new List<Finding>();
        foreach (var sheet in document.Sheets)
        {
            foreach (var indicator in sheet.Indicators)
            {
                if (IsFinding(indicator, sheet))
                {
                    var path = $"{DocumentSubjects.SheetPath(sheet)}/{DocumentSubjects.RowName(indicator.Kind)}/{indicator.Name}";
                    var message = string.Create(CultureInfo.InvariantCulture, $"「{indicator.Name}」の実績 {indicator.Actual} が目標 {indicator.Target} と異なりますが、理由が書かれていません。");
                    findings.Add(new Finding(
                        "KMY001",
                        DiagnosticSeverity.Error,
                        message,
                        new DiagnosticLocation(path + "/実績", null, "実績"),
                        new ValueArray<DiagnosticLocation>([new DiagnosticLocation(path + "/目標", null, "目標"), new DiagnosticLocation(DocumentSubjects.SheetPath(sheet) + "/理由", null, "理由")])));
                }
            }
        }

        return findings;
    }

    /// <summary>rules/KMY001-reason-required.csx exactly as the package ships it.</summary>
    public static RuleSource Source() => BuiltInSources().Single(s => s.Path == "rules/KMY001-reason-required.csx");

    /// <summary>The rule file without its English texts (the descriptor's <c>English = new() { … },</c> block).</summary>
    public static RuleSource WithoutEnglish()
    {
        var source = Source();
        var text = source.Text;
        var start = text.IndexOf("        English = new()", StringComparison.Ordinal);
        var end = text.IndexOf("        },\n", start, StringComparison.Ordinal) + "        },\n".Length;
        return start < 0 || end <= start
            ? throw new InvalidOperationException("The KMY001 file has no English block to take out.")
            : source with { Text = string.Concat(text.AsSpan(0, start), text.AsSpan(end)) };
    }

    /// <summary>Every built-in rule file as the package ships it, read the way <see cref="RuleLoader.LoadBuiltIn"/> reads them.</summary>
    public static IReadOnlyList<RuleSource> BuiltInSources()
    {
        var assembly = typeof(RuleLoader).Assembly;
        const string prefix = "Kamiyama.Domain.Rules.BuiltIn.";
        var sources = new List<RuleSource>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".csx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            sources.Add(new RuleSource("rules/" + name[prefix.Length..], reader.ReadToEnd()));
        }

        return sources.Any(s => s.Path.EndsWith(Resource[prefix.Length..], StringComparison.Ordinal))
            ? sources
            : throw new InvalidOperationException($"{Resource} is missing from the rule engine.");
    }
}
