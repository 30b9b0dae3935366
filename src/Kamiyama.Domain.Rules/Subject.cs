namespace Kamiyama.Domain.Rules;

/// <summary>
/// Something a rule checks, with its logical path (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数</c>) and the subject
/// it belongs to (an indicator belongs to its sheet). A city system describes its own data the same way.
/// </summary>
public sealed class Subject : Kamiyama.Domain.Diagnostics.ILogicalPath
{
    /// <summary>Creates a subject.</summary>
    /// <param name="value">The object checked.</param>
    /// <param name="path">Its logical path; unique within a run.</param>
    /// <param name="parent">What it belongs to, if anything.</param>
    public Subject(object value, string path, Subject? parent = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Value = value;
        _path = path;
        Parent = parent;
    }

    /// <summary>A subject whose path is made only when asked for: most subjects pass and their paths are never needed.</summary>
    internal Subject(object value, Subject parent, int index, Func<Subject, int, string> path)
    {
        Value = value;
        Parent = parent;
        _index = index;
        _pathFactory = path;
    }

    private readonly Func<Subject, int, string>? _pathFactory;
    private readonly int _index;
    private string? _path;

    /// <summary>The object checked.</summary>
    public object Value { get; }

    /// <summary>The logical path.</summary>
    public string Path => _path ??= _pathFactory!(this, _index);

    /// <summary>What it belongs to.</summary>
    public Subject? Parent { get; }

    /// <summary>The nearest subject (itself first, then its parents) whose value is a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type looked for.</typeparam>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public T? Nearest<T>()
        where T : class
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.Value is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
