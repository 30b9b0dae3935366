namespace Kamiyama.Domain.Planning;

/// <summary>政策 — a policy of the plan and its measures (施策), in code order.</summary>
public sealed record Policy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="item">The policy's heading; its code must be a policy code (5-1).</param>
    /// <param name="measures">The measures; each must belong to the policy.</param>
    /// <exception cref="ArgumentException">A code is at the wrong level or outside the policy.</exception>
    public Policy(PlanItem item, ValueArray<PlanItem> measures)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Level != PlanLevel.Policy)
        {
            throw new ArgumentException($"{item.Code} is not a policy code.", nameof(item));
        }

        foreach (var measure in measures)
        {
            if (measure.Level != PlanLevel.Measure || !item.Code.IsAncestorOf(measure.Code))
            {
                throw new ArgumentException($"{measure.Code} is not a measure of policy {item.Code}.", nameof(measures));
            }
        }

        Item = item;
        Measures = measures;
    }

    /// <summary>The policy's heading.</summary>
    public PlanItem Item { get; }

    /// <summary>施策 — the measures of the policy.</summary>
    public ValueArray<PlanItem> Measures { get; }

    /// <inheritdoc />
    public override string ToString() => Item.ToString();
}
