using Kamiyama.Domain.Rules.Compilation;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.Compilation;
using Kamiyama.Domain.Rules.Tests.Isolation;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>
/// A finding's messages (Japanese and English) are made when a report reads them, never by running a rule's code then: a
/// value of the rule's own type is formatted while the rule runs, under its guard, and the messages keep a copy of the
/// arguments taken as the rule reported, so a value the rule slips into its array afterwards is in neither. In process
/// and in a worker alike.
/// </summary>
public sealed class EnglishMessageTests : IDisposable
{
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    private const string Rule = """
        public sealed class LateArguments : Rule<Sheet>
        {
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "ZZE001",
                Title = "t",
                DefaultSeverity = DiagnosticSeverity.Info,
                Category = "c",
                MessageFormat = "「{own}」{name}",
                Description = "d",
                English = new() { Title = "T", MessageFormat = "own {own}, name {name}", Description = "D" },
            };

            public override void Check(Sheet sheet, RuleContext context)
            {
                if (sheet is not MeasureSheet measure || measure.Code.ToString() != "5-1-1")
                {
                    return;
                }

                context.Report(("own", new Own()), ("name", measure.Code.ToString()));
                var arguments = new (string, object?)[] { ("own", "text"), ("name", measure.Code.ToString()) };
                context.Report(arguments);
                arguments[1] = ("name", new Trap()); // after the report: a value whose ToString is the rule's code
            }

            private sealed class Own
            {
                public override string ToString() => "mine";
            }

            private sealed class Trap
            {
                public override string ToString() => throw new InvalidOperationException("a report ran the rule's code");
            }
        }
        """;

    [Theory]
    [InlineData(RuleIsolation.None)]
    [InlineData(RuleIsolation.Process)]
    public void TheEnglishMessage_RunsNoRuleCodeWhenAReportReadsIt(RuleIsolation isolation)
    {
        var loaded = RuleLoader.Load([new RuleSource("rules/ZZE001.csx", Rule)], _cache.Options);
        Assert.True(loaded.Success, loaded.ToString());
        using var rules = loaded.RuleSet!;

        var run = rules.Evaluate(HostileRules.Sample, new RuleOptions { Isolation = isolation });
        var english = MarkdownReport.Write(run, HostileRules.Sample, new ReportOptions { Language = ReportLanguage.English });

        Assert.Empty(run.EngineErrors);
        Assert.Equal(["「mine」5-1-1", "「text」5-1-1"], run.Findings.Select(f => f.Message));
        var lines = english.Split('\n').Where(l => l.Contains("**ZZE001**", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(" (", StringComparison.Ordinal)]).ToList();

        // The rule's own value was formatted when it reported; the trap it put in its array afterwards is in no message
        // and never runs: in process when the report reads the message, in a worker when the worker sends it (after the
        // rule's Check).
        Assert.Equal(["- ℹ️ **ZZE001** own mine, name 5-1-1", "- ℹ️ **ZZE001** own text, name 5-1-1"], lines);
        Assert.DoesNotContain("a report ran", english, StringComparison.Ordinal);
    }
}
