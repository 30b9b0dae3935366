using System.Reflection;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.Time;

namespace Kamiyama.Domain.Rules.Tests;

/// <summary>
/// A finding keeps the rule's template and a copy of the report's arguments, and makes its message when it is first
/// read: a run pays nothing for messages no host prints, and a finding so kept is the finding made with its text.
/// </summary>
public class DeferredFindingTests
{
    private static readonly FieldInfo MessageField = typeof(Diagnostic).GetField("_message", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("Diagnostic keeps its message in another field now; update this test.");

    private static EvaluationDocument Document() =>
        new(new FiscalYear(2022), [Make.Measure("1-1-1", "", Make.Row("相談件数", "1,200件", "1,150件", "1,300件"))]);

    [Fact]
    public void Evaluate_MakesNoMessage_UntilOneIsRead_ThenTheTemplateFilledWithTheReportedValues()
    {
        var run = RuleSet.FromRules(new ReasonRequired()).Evaluate(Document());

        var finding = Assert.Single(run.Findings);
        Assert.Null(MessageField.GetValue(finding));
        // The rule's template, 「{indicator}」の実績 {actual} が目標 {target} と…, with the row's own values as a sheet writes them.
        Assert.Equal("「相談件数」の実績 1,150件 が目標 1,200件 と異なりますが、理由が書かれていません。", finding.Message);
        Assert.Same(finding.Message, MessageField.GetValue(finding));
    }

    [Fact]
    public void AFindingKeptAsATemplate_EqualsTheSameFindingMadeWithItsText_EitherWayRound()
    {
        var kept = Assert.Single(RuleSet.FromRules(new ReasonRequired()).Evaluate(Document()).Findings);
        var read = Assert.Single(RuleSet.FromRules(new ReasonRequired()).Evaluate(Document()).Findings);
        var text = read.Message;
        // Made with both its texts, as a worker's finding is.
        var made = new Finding(read.RuleId, read.Severity, text, read.Location, read.Related, read.Suppression) { English = Authoring.DeferredMessage.Of(read.EnglishMessage) };

        Assert.Equal(made, kept);
        Assert.Equal(kept, made);
        Assert.Equal(made.GetHashCode(), kept.GetHashCode());
        Assert.NotEqual(made with { Message = text + "。" }, kept);
        Assert.Equal(kept with { Severity = DiagnosticSeverity.Warning }, made with { Severity = DiagnosticSeverity.Warning });
    }
}
