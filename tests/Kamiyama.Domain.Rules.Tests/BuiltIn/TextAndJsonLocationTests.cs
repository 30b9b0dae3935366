using System.Text.Json;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.BuiltIn;

/// <summary>
/// Both readers record positions by the same fields, so every built-in finding points at the same field of the same
/// element whether the sample was read from the published text or from its JSON form, and in the JSON at that field's
/// own property (not at the start of the sheet).
/// </summary>
public class TextAndJsonLocationTests
{
    private static readonly EvaluationDocument Text = TextSheetSource.Bundled().Read().Document;
    private static readonly string JsonText = EvaluationJson.Serialize(Text);
    private static readonly EvaluationDocument Json = JsonSheetSource.FromString(JsonText, "sample.json").Read().Document;

    private static List<Finding> Findings(EvaluationDocument document) =>
        [.. RuleSet.FromRules(BuiltInRules.All()).Evaluate(document).Findings.OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Location.Path, StringComparer.Ordinal)];

    private static IEnumerable<DiagnosticLocation> Locations(Finding finding) => [finding.Location, .. finding.Related];

    [Fact]
    public void EveryFinding_PointsAtTheSameFields_FromTextAndFromJson()
    {
        var fromText = Findings(Text);
        var fromJson = Findings(Json);

        Assert.Equal(17, fromText.Count);
        Assert.Equal(
            fromText.Select(f => (f.RuleId, f.Message, Locations(f).Select(l => (l.Path, l.Field, l.Label)).ToList())),
            fromJson.Select(f => (f.RuleId, f.Message, Locations(f).Select(l => (l.Path, l.Field, l.Label)).ToList())),
            new TupleComparer());
        Assert.All(fromText.Concat(fromJson), f => Assert.NotNull(f.Location.Position));
    }

    [Fact]
    public void InTheJson_AFieldsLocationIsAtItsOwnProperty()
    {
        var lines = JsonText.Split('\n');
        var checkedFields = 0;
        foreach (var location in Findings(Json).SelectMany(Locations).Where(l => l.Field is not null))
        {
            var position = location.Position!.Value;
            var before = lines[position.Line - 1][..(position.Column - 1)];
            var name = JsonNamingPolicy.CamelCase.ConvertName(location.Field!.Path[(location.Field.Path.LastIndexOf('.') + 1)..]);
            Assert.True(before.EndsWith($"\"{name}\": ", StringComparison.Ordinal), $"{location.Path} at {position}: '{before}' is not the property \"{name}\"");
            checkedFields++;
        }

        Assert.True(checkedFields >= 17, $"only {checkedFields} locations had a field");
    }

    [Fact]
    public void KMY002_PointsAtTheCostActualCell_InBothForms()
    {
        var text = Findings(Text).First(f => f.RuleId == "KMY002");
        var json = Findings(Json).First(f => f.RuleId == "KMY002");

        Assert.Same(Field.CostActual, text.Location.Field);
        Assert.Same(Field.CostActual, json.Location.Field);
        Assert.EndsWith("/事業費/実績", text.Location.Path, StringComparison.Ordinal);
        var textLine = Kamiyama.Domain.Samples.BundledSample.ReadText().Split('\n')[text.Location.Position!.Value.Line - 1];
        Assert.StartsWith("事業費（千円）", textLine, StringComparison.Ordinal);
        Assert.NotEqual(1, text.Location.Position!.Value.Column); // the cell, not the row's label
    }

    private sealed class TupleComparer : IEqualityComparer<(string, string, List<(string, Field?, string?)>)>
    {
        public bool Equals((string, string, List<(string, Field?, string?)>) x, (string, string, List<(string, Field?, string?)>) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((string, string, List<(string, Field?, string?)>) obj) => HashCode.Combine(obj.Item1, obj.Item2);
    }
}
