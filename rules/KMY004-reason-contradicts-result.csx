// KMY004 — a 理由 that speaks of falling short while every diverging indicator exceeded its target.
public sealed class ReasonContradictsResult : Rule<Sheet>
{
    private static readonly ValueArray<string> ShortfallWords = ["少な", "下回", "届か", "不足", "減少", "未達", "達しな", "達成できな"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY004",
        Title = "理由が結果と食い違っている",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "理由",
        MessageFormat = "理由は目標に届かなかったように書かれています（「{word}」）が、{indicators} は目標を上回っています。",
        Description = "乖離のある数値指標がすべて目標を上回っている（方向を考慮）のに、理由が不足・減少・下回りを述べているとき報告します。理由が別の指標のことを書いている、あるいは取り違えている可能性があります。",
        English = new()
        {
            Title = "Reason contradicts the result",
            MessageFormat = "The reason reads as if the target was missed (\"{word}\"), but {indicators} exceeded the target.",
            Description = "Reported when every diverging numeric indicator beat its target (direction-aware) while the 理由 speaks of a shortfall, a decrease or falling below. The reason may be about another indicator, or mixed up.",
        },
    };

    public override void Check(Sheet sheet, RuleContext context)
    {
        var diverging = sheet.Indicators.Where(i => i.Kind != IndicatorKind.Qualitative && i.ActualDiffersFromTarget).ToList();
        if (diverging.Count == 0 || !sheet.HasReason)
        {
            context.NotApplicable();
            return;
        }

        var word = ShortfallWords.FirstOrDefault(w => sheet.Reason.Contains(w, StringComparison.Ordinal));
        if (word is null || !diverging.All(i => i.AchievementRate is { IsAchieved: true }))
        {
            return;
        }

        var report = context.Report(("word", word), ("indicators", string.Join("、", diverging.Select(i => $"「{i.Name}」（目標 {i.Target}、実績 {i.Actual}）"))))
            .At(sheet, Field.Reason);
        foreach (var indicator in diverging)
        {
            report.Related(indicator, Field.Actual);
        }
    }
}
