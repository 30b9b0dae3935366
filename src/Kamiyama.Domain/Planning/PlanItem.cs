namespace Kamiyama.Domain.Planning;

/// <summary>
/// A heading of the plan: a chapter (章 <c>5 つながる『みんなで創る住みよいまち』</c>), a policy
/// (政策 <c>5-1 みんなが主役のまちづくりを推進します</c>) or a measure (施策 <c>5-1-1 多様な担い手が参画するまちづくりの推進</c>).
/// </summary>
public sealed record PlanItem
{
    /// <summary>Creates a heading.</summary>
    /// <param name="code">The code; its level says whether this is a chapter, policy or measure.</param>
    /// <param name="title">The title as written.</param>
    /// <exception cref="ArgumentException">The code is the default value.</exception>
    public PlanItem(PlanCode code, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (code.IsDefault)
        {
            throw new ArgumentException("A plan item needs a code.", nameof(code));
        }

        Code = code;
        Title = title;
    }

    /// <summary>The code (<c>5-1-1</c>).</summary>
    public PlanCode Code { get; }

    /// <summary>The title as written.</summary>
    public string Title { get; }

    /// <summary>Whether this is a chapter, policy or measure.</summary>
    public PlanLevel Level => Code.Level;

    /// <summary>The code and title as a measure line reads: <c>5-1-1 多様な担い手が参画するまちづくりの推進</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title.Length == 0 ? Code.ToString() : $"{Code} {Title}";
}
