namespace Kamiyama.Domain.Tests.Json;

/// <summary>A small valid document, one measure and one project, and ways to break it.</summary>
internal static class JsonInputs
{
    /// <summary>The document; its lines are numbered in the comments of the tests that break it.</summary>
    public const string Valid = """
        {
          "schemaVersion": 1,
          "fiscalYear": { "startYear": 2022, "label": "令和4年度" },
          "sheets": [
            {
              "type": "measure",
              "department": "市政戦略課",
              "chapter": { "code": "5", "title": "つながる" },
              "policy": { "code": "5-1", "title": "主役" },
              "measure": { "code": "5-1-1", "title": "担い手" },
              "strategy": "該当なし",
              "outcomes": [{ "name": "NPO法人数", "target": { "kind": "quantity", "value": 17, "unit": "団体" } }]
            },
            {
              "type": "project",
              "department": "市政戦略課",
              "name": "まちづくり推進事業費",
              "strategy": "該当なし",
              "cost": { "budget": 5300000, "actual": null, "nextBudget": "notApplicable" },
              "staff": { "planned": 0.5 }
            }
          ]
        }
        """;

    /// <summary>The document with the first occurrence of a text replaced.</summary>
    public static string With(string text, string replacement)
    {
        var at = Valid.IndexOf(text, StringComparison.Ordinal);
        return at < 0 ? throw new ArgumentException($"'{text}' is not in the document.", nameof(text)) : Valid[..at] + replacement + Valid[(at + text.Length)..];
    }
}
