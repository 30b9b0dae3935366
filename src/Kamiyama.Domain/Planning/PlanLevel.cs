namespace Kamiyama.Domain.Planning;

/// <summary>The level of the plan a <see cref="PlanCode"/> names.</summary>
public enum PlanLevel
{
    /// <summary>章 — a chapter (<c>5</c>).</summary>
    Chapter = 1,

    /// <summary>政策 — a policy (<c>5-1</c>).</summary>
    Policy = 2,

    /// <summary>施策 — a measure (<c>5-1-1</c>).</summary>
    Measure = 3,
}
