using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The rule surface: what rules may use of the shipped assemblies (the model, the engine, the CLI), read from the
/// embedded <c>RuleSurface.txt</c>, one line per public member. Closed by default: a member that is not listed as
/// allowed is refused. The file's format is described at its top.
/// </summary>
internal static class RuleSurface
{
    /// <summary>The name of the embedded file.</summary>
    public const string ResourceName = "Kamiyama.Domain.Rules.Compilation.RuleSurface.txt";

    /// <summary>The reason given for a member of a shipped assembly that the file does not allow.</summary>
    public const string NotOnSurface = "it is not on the rule surface";

    private static readonly Lazy<(Table Table, string Hash)> Loaded = new(Load);

    /// <summary>A short hash of the file, part of the rule cache key.</summary>
    public static string Hash => Loaded.Value.Hash;

    /// <summary>The file's entries.</summary>
    public static Table Entries => Loaded.Value.Table;

    /// <summary>Whether symbols of the assembly with this name are judged by the surface (it has a section in the file).</summary>
    /// <param name="assembly">An assembly's simple name.</param>
    /// <returns>Whether the surface covers it.</returns>
    public static bool Covers(string assembly) => Entries.Assemblies.Contains(assembly);

    /// <summary>Why a rule may not use an entry: <see langword="null"/> when the file allows it.</summary>
    /// <param name="assembly">The simple name of the assembly that declares it.</param>
    /// <param name="key">Its key, as the file writes it.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? Refusal(string assembly, string key) =>
        Entries.ByKey.TryGetValue((assembly, key), out var entry) ? entry.Reason : NotOnSurface;

    /// <summary>Reads a surface file.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>Its entries.</returns>
    /// <exception cref="FormatException">A line is not an entry, a reason or a section, names an unknown reason, or repeats a key.</exception>
    public static Table Parse(string text)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        var seen = new HashSet<(string, string)>();
        var sections = new HashSet<string>(StringComparer.Ordinal);
        string? assembly = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("reason ", StringComparison.Ordinal) && line.IndexOf(" = ", StringComparison.Ordinal) is > 7 and var equals)
            {
                reasons[line[7..equals].Trim()] = line[(equals + 3)..].Trim();
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                assembly = line[1..^1].Trim();
                if (!sections.Add(assembly))
                {
                    throw Malformed(number, $"the section [{assembly}] comes twice");
                }

                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var allowed = parts[0] == "+";
            if (assembly is null || parts.Length < 2 || parts[0] is not ("+" or "-") || parts.Length != (allowed ? 2 : 3))
            {
                throw Malformed(number, $"'{line}' is not '+ KEY' or '- KEY reason' under an [assembly] section");
            }

            string? reason = null;
            if (!allowed && !reasons.TryGetValue(parts[2], out reason))
            {
                throw Malformed(number, $"the reason '{parts[2]}' is not defined by a 'reason {parts[2]} = …' line above it");
            }

            if (!seen.Add((assembly, parts[1])))
            {
                throw Malformed(number, $"{parts[1]} is listed twice in [{assembly}]");
            }

            entries.Add(new Entry(assembly, parts[1], reason, number));
        }

        return new Table(entries, reasons, sections);
    }

    private static FormatException Malformed(int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{ResourceName}({line}): {problem}."));

    private static (Table, string) Load()
    {
        using var stream = typeof(RuleSurface).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The rule surface {ResourceName} is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        return (Parse(Encoding.UTF8.GetString(bytes)), Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
    }

    /// <summary>One line of the file.</summary>
    /// <param name="Assembly">The section it is in: the simple name of the assembly that declares it.</param>
    /// <param name="Key">What it names.</param>
    /// <param name="Reason">Why it is refused, or <see langword="null"/> when it is allowed.</param>
    /// <param name="Line">Its line in the file.</param>
    internal sealed record Entry(string Assembly, string Key, string? Reason, int Line)
    {
        /// <summary>Whether rules may use it.</summary>
        public bool Allowed => Reason is null;
    }

    /// <summary>The entries of a file, by assembly and key.</summary>
    internal sealed class Table
    {
        public Table(IReadOnlyList<Entry> entries, IReadOnlyDictionary<string, string> reasons, IEnumerable<string> sections)
        {
            All = entries;
            Reasons = reasons.ToFrozenDictionary(StringComparer.Ordinal);
            ByKey = entries.ToFrozenDictionary(e => (e.Assembly, e.Key));
            Assemblies = sections.ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>The entries in file order.</summary>
        public IReadOnlyList<Entry> All { get; }

        /// <summary>The entries by assembly and key.</summary>
        public FrozenDictionary<(string Assembly, string Key), Entry> ByKey { get; }

        /// <summary>The reasons a refusal may give, by the name the file's lines use.</summary>
        public FrozenDictionary<string, string> Reasons { get; }

        /// <summary>The assemblies with a section (an assembly with no public types has an empty one).</summary>
        public FrozenSet<string> Assemblies { get; }
    }
}
