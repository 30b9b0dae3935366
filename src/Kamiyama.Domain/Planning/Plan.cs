namespace Kamiyama.Domain.Planning;

/// <summary>
/// 振興計画 — a municipality's comprehensive plan: chapters (章) › policies (政策) › measures (施策), in code order.
/// Build it with <see cref="FromItems"/> from the headings a document names.
/// </summary>
public sealed record Plan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="name">The plan's name (第7次上山市振興計画), or <see langword="null"/> when the document does not say.</param>
    /// <param name="chapters">The chapters.</param>
    public Plan(string? name, ValueArray<Chapter> chapters)
    {
        Name = name;
        Chapters = chapters;
    }

    /// <summary>The plan's name, when known.</summary>
    public string? Name { get; }

    /// <summary>章 — the chapters.</summary>
    public ValueArray<Chapter> Chapters { get; }

    /// <summary>施策 — every measure of the plan, in code order.</summary>
    public IEnumerable<PlanItem> Measures => Chapters.SelectMany(c => c.Policies).SelectMany(p => p.Measures);

    /// <summary>
    /// Builds a plan from headings in any order. Each code keeps the first title given for it; a policy or measure
    /// whose parent is not among the headings gets a parent with an empty title.
    /// </summary>
    /// <param name="name">The plan's name, if known.</param>
    /// <param name="items">Chapter, policy and measure headings.</param>
    /// <returns>The plan.</returns>
    public static Plan FromItems(string? name, IEnumerable<PlanItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byCode = new SortedDictionary<PlanCode, PlanItem>();
        foreach (var item in items)
        {
            byCode.TryAdd(item.Code, item);
        }

        foreach (var item in byCode.Values.ToList())
        {
            for (var parent = item.Code.Parent; parent is { } code; parent = code.Parent)
            {
                byCode.TryAdd(code, new PlanItem(code, string.Empty));
            }
        }

        // One pass, each heading under its parent, in code order (a scan of all headings per chapter and per policy
        // grew with the square of the plan).
        var children = byCode.Values.Where(i => i.Level != PlanLevel.Chapter).ToLookup(i => i.Code.Parent!.Value);
        var chapters = byCode.Values.Where(i => i.Level == PlanLevel.Chapter).Select(chapter => new Chapter(
            chapter,
            children[chapter.Code].Where(p => p.Level == PlanLevel.Policy).Select(policy => new Policy(
                policy,
                children[policy.Code].Where(m => m.Level == PlanLevel.Measure).ToValueArray())).ToValueArray()));
        return new Plan(name, chapters.ToValueArray());
    }

    /// <summary>The heading with this code, or <see langword="null"/> when the plan has none.</summary>
    /// <param name="code">A chapter, policy or measure code.</param>
    /// <returns>The heading, or <see langword="null"/>.</returns>
    public PlanItem? Find(PlanCode code)
    {
        foreach (var chapter in Chapters)
        {
            if (chapter.Item.Code == code)
            {
                return chapter.Item;
            }

            foreach (var policy in chapter.Policies)
            {
                if (policy.Item.Code == code)
                {
                    return policy.Item;
                }

                foreach (var measure in policy.Measures)
                {
                    if (measure.Code == code)
                    {
                        return measure;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether the plan has a heading with this code.</summary>
    /// <param name="code">A chapter, policy or measure code.</param>
    /// <returns>Whether the code is in the plan.</returns>
    public bool Contains(PlanCode code) => Find(code) is not null;
}
