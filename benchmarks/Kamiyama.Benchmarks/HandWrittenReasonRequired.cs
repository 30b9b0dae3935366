using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Benchmarks;

/// <summary>
/// KMY001 written by hand in C# and compiled ahead of time, run through the same engine as the script: the difference
/// between the two is what compiling rules at run time costs (the guards, the load context), nothing else.
/// </summary>
internal sealed class HandWrittenReasonRequired : Rule<Indicator>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY001",
        Title = "乖離があるのに理由がない",
        DefaultSeverity = DiagnosticSeverity.Error,
        Category = "理由",
        MessageFormat = "「{indicator}」の実績 {actual} が目標 {target} と異なりますが、理由が書かれていません。",
        Description = "Hand-written twin of rules/KMY001-reason-required.csx.",
    };

    public override void Check(Indicator subject, RuleContext context)
    {
        if (subject.Kind == IndicatorKind.Qualitative || context.Sheet is not { } sheet)
        {
            context.NotApplicable();
            return;
        }

        if (subject.ActualDiffersFromTarget && !sheet.HasReason)
        {
            context.Report(("indicator", subject.Name), ("target", subject.Target), ("actual", subject.Actual))
                .At(subject, Field.Actual)
                .Related(subject, Field.Target, "目標")
                .Related(sheet, Field.Reason, "理由");
        }
    }
}
