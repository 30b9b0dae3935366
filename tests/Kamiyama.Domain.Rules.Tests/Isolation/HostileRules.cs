using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Tests.Compilation;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Isolation;

/// <summary>The built-in rule files as text, the bundled sample, and rule files written the way an attacker would.</summary>
internal static class HostileRules
{
    public static readonly EvaluationDocument Sample = TextSheetSource.Bundled().Read().Document;

    /// <summary>The nine built-in rule files, as the engine loads them.</summary>
    public static IReadOnlyList<RuleSource> BuiltIn() => RuleLoader.BuiltInSources();

    /// <summary>An exception type nested in a rule whose <c>Message</c> getter is rule code: <paramref name="getter"/>.</summary>
    public static string NastyException(string getter) => $$"""

            public sealed class Nasty : Exception
            {
                public override string Message { get { {{getter}} } }
            }
        """;

    /// <summary>A rule over indicators with a body and extra members, id <paramref name="id"/>.</summary>
    public static RuleSource Rule(string id, string body, string members = "", string subject = "Indicator") =>
        RuleText.Source($"rules/{id}.csx", RuleText.Rule("Hostile" + id, id, "        " + body, subject: subject, members: members));

    /// <summary>Loads the built-in rules with extra files; every file must compile (the rule itself may fail to be created).</summary>
    public static RuleLoadResult Load(TempCache cache, params RuleSource[] extra) => RuleLoader.Load([.. BuiltIn(), .. extra], cache.Options);

    /// <summary>The built-in rules' findings on the sample, as (rule, path, line).</summary>
    public static IEnumerable<(string Rule, string Path, int Line)> Lines(RuleRun run) =>
        run.Findings.Where(f => f.RuleId.StartsWith("KMY00", StringComparison.Ordinal)).Select(f => (f.RuleId, f.Location.Path, f.Location.Position!.Value.Line));
}
