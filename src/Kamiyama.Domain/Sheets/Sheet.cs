namespace Kamiyama.Domain.Sheets;

/// <summary>
/// 評価シート — one sheet of an evaluation document: a <see cref="MeasureSheet"/> (施策) or a <see cref="ProjectSheet"/>
/// (事業). The set of kinds is closed; match on them.
/// </summary>
public abstract record Sheet
{
    private protected Sheet()
    {
    }

    /// <summary>所属 — the department responsible, or <see langword="null"/> when the sheet does not say.</summary>
    public Department? Department { get; init; }

    /// <summary>
    /// 創生総合戦略 — the strategy link, <see cref="StrategyLink.None"/> for 該当なし, or <see langword="null"/> when the
    /// sheet does not say.
    /// </summary>
    public StrategyLink? Strategy { get; init; }

    /// <summary>理由 — why results diverged from targets; empty when the sheet gives none.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>目標の実現に向けた今後の取組 — what comes next; empty when the sheet gives none.</summary>
    public string FutureActions { get; init; } = string.Empty;

    /// <summary>
    /// Lines of the source that fit no known field, kept verbatim so that nothing is dropped; readers also report each
    /// as a warning.
    /// </summary>
    public ValueArray<string> Unrecognized { get; init; }

    /// <summary>Whether the sheet gives a 理由.</summary>
    public bool HasReason => !string.IsNullOrWhiteSpace(Reason);

    /// <summary>The sheet's title: the measure line (<c>5-1-1 多様な担い手…</c>) or the project name (<c>総務一般管理費（繰越）</c>).</summary>
    public abstract string Title { get; }

    /// <summary>Every indicator of the sheet, in table order.</summary>
    public abstract IEnumerable<Indicator> Indicators { get; }

    /// <inheritdoc />
    public override string ToString() => Title;
}
