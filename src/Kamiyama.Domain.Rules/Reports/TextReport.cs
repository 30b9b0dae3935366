using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as compilers print it: one line per finding, <c>file(line,col): error KMY001: message</c> (the logical path
/// when there is no position), then one line per engine error. Suppressed findings are left out. Deterministic.
/// </summary>
public static class TextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="writer">Where to write; lines end with LF.</param>
    public static void Write(RuleRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var finding in run.Findings.Where(f => !f.IsSuppressed))
        {
            writer.Write(finding.ToString());
            writer.Write('\n');
        }

        foreach (var error in run.EngineErrors)
        {
            writer.Write(Kamiyama.Domain.Text.OneLine.Escape($"{error.SubjectPath}: error {error.RuleId}: the rule failed and was skipped for this subject: {error.Error}"));
            writer.Write('\n');
        }
    }

    /// <summary>The report as a string.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The text.</returns>
    public static string Write(RuleRun run)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(run, writer);
        return writer.ToString();
    }

    /// <summary>The SARIF-style level name of a severity: error, warning, note.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    internal static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
