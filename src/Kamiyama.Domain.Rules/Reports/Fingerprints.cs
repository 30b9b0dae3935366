using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// SARIF fingerprints that stay the same across runs, machines and fiscal years: made of the rule and the logical path
/// (<c>5-1-1/目標値/NPO法人数/実績</c>), never of the file, its line or the message's numbers, which change from year to year.
/// <c>fingerprints</c> tells apart the same rule at the same path by its occurrence; <c>partialFingerprints</c> is the path
/// alone. A reader diagnostic, which has no path, is identified by its code and message.
/// </summary>
internal sealed class Fingerprints
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public void Write(Utf8JsonWriter json, string code, string identity)
    {
        var key = code + "\n" + identity;
        var occurrence = _seen[key] = _seen.GetValueOrDefault(key) + 1;
        json.WriteStartObject("fingerprints");
        json.WriteString("kamiyama/v1", Hash(key + "\n" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        json.WriteEndObject();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("kamiyamaIdentity/v1", Hash(key));
        json.WriteEndObject();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
