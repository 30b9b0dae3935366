namespace Kamiyama.Domain.Planning;

/// <summary>章 — a chapter of the plan and its policies (政策), in code order.</summary>
public sealed record Chapter
{
    /// <summary>Creates a chapter.</summary>
    /// <param name="item">The chapter's heading; its code must be a chapter code (5).</param>
    /// <param name="policies">The policies; each must belong to the chapter.</param>
    /// <exception cref="ArgumentException">A code is at the wrong level or outside the chapter.</exception>
    public Chapter(PlanItem item, ValueArray<Policy> policies)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Level != PlanLevel.Chapter)
        {
            throw new ArgumentException($"{item.Code} is not a chapter code.", nameof(item));
        }

        foreach (var policy in policies)
        {
            if (!item.Code.IsAncestorOf(policy.Item.Code))
            {
                throw new ArgumentException($"{policy.Item.Code} is not a policy of chapter {item.Code}.", nameof(policies));
            }
        }

        Item = item;
        Policies = policies;
    }

    /// <summary>The chapter's heading.</summary>
    public PlanItem Item { get; }

    /// <summary>政策 — the policies of the chapter.</summary>
    public ValueArray<Policy> Policies { get; }

    /// <summary>The heading as the published sheets write it: <c>第5章 つながる『みんなで創る住みよいまち』</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"第{Item.Code.Chapter}章 {Item.Title}";
}
