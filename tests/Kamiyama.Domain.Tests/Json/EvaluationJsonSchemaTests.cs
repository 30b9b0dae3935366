using System.Text.Json;
using Json.Schema;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Tests.Generators;
using Kamiyama.Domain.Tests.Sample;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>The published schema (schemas/evaluation-document.schema.json) stays true to what is written and read.</summary>
public sealed class EvaluationJsonSchemaTests
{
    private static readonly Lazy<string> SchemaText = new(() => File.ReadAllText(RepositoryFiles.Schema));
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText.Value));

    /// <summary>Inputs the reader refuses that the schema can express too.</summary>
    public static TheoryData<string> RefusedByBoth => new(
        "an unknown property", "an unknown property of a value", "no chapter", "no sheets", "no sheet type", "no quantity value",
        "no schemaVersion", "schemaVersion 99", "schemaVersion 0", "schemaVersion as a string", "null for the sheets", "a number for a string",
        "an unknown sheet type", "an unknown value kind", "an unknown direction", "a chapter code for a policy", "a broken plan code",
        "negative person-years", "a fraction of a yen", "a dash for not applicable", "a year before 1886", "a blank department",
        "an empty strategy", "a unit starting with a digit", "a unit of two percent signs", "a unit with digits");

    /// <summary>Units the reader accepts; the schema's pattern accepts them too.</summary>
    [Theory]
    [InlineData("%")]
    [InlineData("％")]
    [InlineData("")]
    [InlineData("団体")]
    [InlineData("ツアー")]
    [InlineData("人/日")]
    [InlineData("人・日")]
    [InlineData("人（延べ）")]
    [InlineData("㎡")]
    [InlineData("m²")]
    [InlineData("℃")]
    [InlineData("ｋｍ")]
    [InlineData("𠮷")]
    public void UnitTheReaderAccepts_TheSchemaAcceptsToo(string unit)
    {
        var text = JsonInputs.With("\"団体\"", JsonSerializer.Serialize(unit));
        _ = EvaluationJson.Deserialize(text);

        AssertValid(text);
    }

    [Fact]
    public void Schema_SchemaVersionConst_IsEvaluationJsonSchemaVersion()
    {
        using var schema = JsonDocument.Parse(SchemaText.Value);

        Assert.Equal(EvaluationJson.SchemaVersion, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void SampleJson_ConformsToTheSchema() => AssertValid(EvaluationJson.Serialize(KaminoyamaSample.Build()));

    [Fact]
    public void AnyDocumentsJson_ConformsToTheSchema() =>
        DocumentGenerators.Document(textExpressible: false).Sample(document => AssertValid(EvaluationJson.Serialize(document)), iter: 100);

    [Fact]
    public void MinimalJson_ConformsToTheSchema() => AssertValid(JsonInputs.Valid);

    [Theory]
    [MemberData(nameof(RefusedByBoth))]
    public void MalformedJson_TheReaderRefuses_TheSchemaRefusesToo(string input)
    {
        using var json = JsonDocument.Parse(MalformedInputs.Inputs[input]);

        Assert.False(Schema.Value.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void Schema_PropertiesOfEachObject_AreTheOnesTheReaderAccepts()
    {
        using var schema = JsonDocument.Parse(SchemaText.Value);
        var root = schema.RootElement;
        var definitions = root.GetProperty("$defs");

        Assert.Equal(JsonNames.RootProperties, Properties(root));
        Assert.Equal(JsonNames.FiscalYearProperties, Properties(definitions.GetProperty("fiscalYear")));
        Assert.Equal(JsonNames.MeasureProperties, Properties(definitions.GetProperty("measureSheet")));
        Assert.Equal(JsonNames.ProjectProperties, Properties(definitions.GetProperty("projectSheet")));
        Assert.Equal(JsonNames.PlanItemProperties, Properties(definitions.GetProperty("planItem")));
        Assert.Equal(JsonNames.SheetItemProperties, Properties(definitions.GetProperty("sheetItem")));
        Assert.Equal(JsonNames.AccountProperties, Properties(definitions.GetProperty("budgetAccount")));
        Assert.Equal(JsonNames.AccountPartProperties, Properties(definitions.GetProperty("budgetAccountPart")));
        Assert.Equal(JsonNames.IndicatorProperties, Properties(definitions.GetProperty("indicator")));
        var values = definitions.GetProperty("indicatorValue").GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Equal(
            [JsonNames.QuantityProperties, JsonNames.NotApplicableProperties, JsonNames.BlankProperties, JsonNames.StatementProperties],
            values.Select(Properties));
        var project = definitions.GetProperty("projectSheet").GetProperty("properties");
        Assert.Equal(JsonNames.CostProperties, Properties(project.GetProperty("cost")));
        Assert.Equal(JsonNames.StaffProperties, Properties(project.GetProperty("staff")));
    }

    private static string[] Properties(JsonElement schemaObject) =>
        [.. schemaObject.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"));
        Assert.True(results.IsValid, string.Join('\n', errors));
    }
}
