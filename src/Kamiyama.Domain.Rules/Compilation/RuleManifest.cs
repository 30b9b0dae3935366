using System.Globalization;
using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// What the cache keeps beside a compiled rule assembly: the assembly's SHA-256, where each rule type is declared, and the
/// compiler's warnings, so that a load from the cache reports exactly what a compile would. A small tab-separated text.
/// </summary>
internal sealed record RuleManifest(string AssemblyHash, IReadOnlyDictionary<string, SourcePosition> RuleTypes, IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string Header = "kamiyama-rules-manifest 1";

    public string Write()
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append("hash\t").Append(AssemblyHash).Append('\n');
        foreach (var (type, position) in RuleTypes.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Line(text, "type", type, position.File, Number(position.Line), Number(position.Column));
        }

        foreach (var d in Diagnostics)
        {
            Line(text, "diagnostic", d.Code, Number((int)d.Severity), d.Message, d.Position!.Value.File, Number(d.Position.Value.Line), Number(d.Position.Value.Column));
        }

        return text.ToString();
    }

    /// <summary>Reads a manifest; null when the text is not one (a torn or foreign file).</summary>
    public static RuleManifest? Read(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2 || lines[0] != Header || !lines[1].StartsWith("hash\t", StringComparison.Ordinal))
        {
            return null;
        }

        var types = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var line in lines.Skip(2))
        {
            var f = line.Split('\t').Select(Unescape).ToArray();
            switch (f)
            {
                case ["type", var type, var file, var l, var c] when TryNumber(l, out var ln) && TryNumber(c, out var cn):
                    types[type] = new SourcePosition(file, ln, cn);
                    break;
                case ["diagnostic", var code, var s, var message, var file, var l, var c]
                    when TryNumber(s, out var sn) && TryNumber(l, out var ln) && TryNumber(c, out var cn):
                    diagnostics.Add(new Diagnostic(code, (DiagnosticSeverity)sn, message, new SourcePosition(file, ln, cn), DiagnosticOrigin.Load));
                    break;
                default:
                    return null;
            }
        }

        return new RuleManifest(lines[1]["hash\t".Length..], types, diagnostics);
    }

    private static void Line(StringBuilder text, params string[] fields) =>
        text.AppendJoin('\t', fields.Select(Escape)).Append('\n');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static string Escape(string field) =>
        field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
