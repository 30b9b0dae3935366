namespace Kamiyama.Domain.Sheets;

/// <summary>所属 — the department responsible for a sheet (<c>市政戦略課</c>).</summary>
public sealed record Department
{
    /// <summary>Creates a department.</summary>
    /// <param name="name">The name as written; surrounding white space is trimmed.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Department(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The name (<c>市政戦略課</c>).</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
