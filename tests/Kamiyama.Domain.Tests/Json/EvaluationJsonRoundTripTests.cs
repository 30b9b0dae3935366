using System.Text;
using System.Text.Json;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Tests.Generators;
using Kamiyama.Domain.Tests.Sample;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Json;

/// <summary>What is written is read back equal, the same document always gives the same bytes, and decimals keep their scale.</summary>
public sealed class EvaluationJsonRoundTripTests
{
    [Fact]
    public void SerializeThenDeserialize_Sample_IsEqual()
    {
        var sample = KaminoyamaSample.Build();

        Assert.Equal(sample, EvaluationJson.Deserialize(EvaluationJson.Serialize(sample)));
    }

    [Fact]
    public void SerializeThenDeserialize_Sample_KeepsEveryDecimalsScale()
    {
        var back = EvaluationJson.Deserialize(EvaluationJson.Serialize(KaminoyamaSample.Build()));

        // Equality of decimals ignores the scale (17.0m == 17m), so compare the written forms.
        Assert.Equal(Decimals(KaminoyamaSample.Build()), Decimals(back));
        var rate = (IndicatorValue.Quantity)back.MeasureSheets.First().Outcomes[0].Target;
        Assert.Equal(17.0m, rate.Value);
        Assert.Equal(1, rate.Value.Scale);
        Assert.Equal(1, back.ProjectSheets.First(p => p.Name == "総務一般管理費").Staff.Planned.Value.Value.Scale);
    }

    [Fact]
    public void Serialize_SameDocument_GivesIdenticalTextEveryTime()
    {
        var first = EvaluationJson.Serialize(KaminoyamaSample.Build());

        Assert.Equal(first, EvaluationJson.Serialize(KaminoyamaSample.Build()));
        Assert.Equal(first, EvaluationJson.Serialize(EvaluationJson.Deserialize(first)));
    }

    [Fact]
    public void Serialize_ToStream_WritesTheStringsUtf8WithoutByteOrderMark()
    {
        var sample = KaminoyamaSample.Build();
        using var stream = new MemoryStream();

        EvaluationJson.Serialize(stream, sample);

        Assert.Equal(Encoding.UTF8.GetBytes(EvaluationJson.Serialize(sample)), stream.ToArray());
    }

    [Fact]
    public void JsonSerializer_WithTheOptions_ReadsAndWritesAsEvaluationJson()
    {
        var sample = KaminoyamaSample.Build();
        var json = JsonSerializer.Serialize(sample, EvaluationJson.Options);

        Assert.Equal(EvaluationJson.Serialize(sample), json);
        Assert.Equal(sample, JsonSerializer.Deserialize<EvaluationDocument>(json, EvaluationJson.Options));
    }

    [Fact]
    public void JsonSerializer_DocumentInsideAnotherObject_RoundTrips()
    {
        var wrapper = new Dictionary<string, EvaluationDocument> { ["r4"] = KaminoyamaSample.Build() };

        var back = JsonSerializer.Deserialize<Dictionary<string, EvaluationDocument>>(JsonSerializer.Serialize(wrapper, EvaluationJson.Options), EvaluationJson.Options);

        Assert.Equal(wrapper["r4"], back!["r4"]);
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(EvaluationJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => EvaluationJson.Options.WriteIndented = false);
    }

    [Fact]
    public void Serialize_Sample_WritesVersionFiscalYearPlanNameAndSheetsInThatOrder()
    {
        using var json = JsonDocument.Parse(EvaluationJson.Serialize(KaminoyamaSample.Build()));
        var root = json.RootElement;

        Assert.Equal(["schemaVersion", "fiscalYear", "planName", "sheets"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(EvaluationJson.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2022, root.GetProperty("fiscalYear").GetProperty("startYear").GetInt32());
        Assert.Equal("令和4年度", root.GetProperty("fiscalYear").GetProperty("label").GetString());
        Assert.Equal(
            ["measure", "project", "project", "measure", "project", "project", "measure", "project", "measure", "measure", "project", "project", "project", "measure", "project"],
            root.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("type").GetString()));
    }

    [Fact]
    public void Serialize_Sheets_WritesStoredPropertiesOnlyNotDerivedOnes()
    {
        using var json = JsonDocument.Parse(EvaluationJson.Serialize(KaminoyamaSample.Build()));
        var sheets = json.RootElement.GetProperty("sheets").EnumerateArray().ToList();

        // Title, Code, Plan, HasReason, Indicators, AchievementRate, ExecutionRate … are derived and not written;
        // unrecognized is left out when empty.
        Assert.Equal(JsonNames.MeasureProperties[..^1], sheets[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonNames.ProjectProperties[..^1], sheets[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "direction", "target", "actual", "nextTarget"], sheets[0].GetProperty("outcomes")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_MoneyAndPersonYears_AreYenAndPersonYearsAsWritten()
    {
        using var json = JsonDocument.Parse(EvaluationJson.Serialize(KaminoyamaSample.Build()));
        var carriedOver = json.RootElement.GetProperty("sheets")[5];

        Assert.Equal("""{"budget":2550000,"actual":652000,"nextBudget":"notApplicable"}""", Compact(carriedOver.GetProperty("cost")));
        Assert.Equal("""{"planned":0.8,"actual":0.8,"nextPlanned":"notApplicable"}""", Compact(carriedOver.GetProperty("staff")));
        Assert.Equal(JsonValueKind.Null, carriedOver.GetProperty("goal").ValueKind);
        Assert.True(carriedOver.GetProperty("carriedOver").GetBoolean());
    }

    [Fact]
    public void Serialize_JapaneseText_IsWrittenAsItselfAndOnlySpacesControlsAndNonBmpAreEscaped()
    {
        var sheet = MinimalMeasure() with { Reason = "全角　スペース 𠮷 \"引用\" \\ タブ\t改行\n行区切り\u2028終わり" };

        var json = EvaluationJson.Serialize(new EvaluationDocument(null, [sheet]));

        // The built-in relaxed encoder escapes U+3000 and characters outside the BMP; readable escaping of those would
        // need a custom encoder with unsafe code, which a library should not carry for a cosmetic gain.
        Assert.Contains("\"reason\": \"全角\\u3000スペース \\uD842\\uDFB7 \\\"引用\\\" \\\\ タブ\\t改行\\n行区切り\\u2028終わり\"", json, StringComparison.Ordinal);
        Assert.Equal(sheet, EvaluationJson.Deserialize(json).Sheets[0]);
    }

    [Fact]
    public void Serialize_IndicatorInAnotherRowsList_WritesItsRowAndReadsItBack()
    {
        var stray = new Indicator("件数", IndicatorKind.Activity, IndicatorValue.Empty, IndicatorValue.Empty, IndicatorValue.Empty, IndicatorDirection.LowerIsBetter);
        var document = new EvaluationDocument(null, [MinimalMeasure() with { Outcomes = [stray] }]);

        var json = EvaluationJson.Serialize(document);

        Assert.Contains("\"row\": \"activity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \"lowerIsBetter\"", json, StringComparison.Ordinal);
        Assert.Equal(document, EvaluationJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_OnlyRequiredProperties_ReadsEmptyTextsListsAndBlankCells()
    {
        const string Json = """
            {"schemaVersion": 1, "sheets": [
              {"type": "measure", "department": "庶務課", "strategy": "該当なし",
               "chapter": {"code": "5", "title": "章"}, "policy": {"code": "5-2", "title": "政策"}, "measure": {"code": "5-2-1", "title": "施策"}},
              {"type": "project", "department": "庶務課", "name": "総務一般管理費", "strategy": "なし",
               "activities": [{"name": "開催回数", "target": {"kind": "quantity", "value": 8, "unit": "回"}}], "cost": {"budget": 30990000}}]}
            """;

        var document = EvaluationJson.Deserialize(Json);

        var expected = new EvaluationDocument(null, [
            MinimalMeasure(),
            new ProjectSheet
            {
                Department = new Department("庶務課"),
                Name = "総務一般管理費",
                Strategy = StrategyLink.None,
                Activities = [new Indicator("開催回数", IndicatorKind.Activity, IndicatorValue.Of(8m, Unit.Times), IndicatorValue.Empty, IndicatorValue.Empty)],
                Cost = CostLine.Blank with { Budget = Money.FromThousandYen(30990) },
            },
        ]);
        Assert.Equal(expected, document);
        Assert.Null(document.FiscalYear);
        Assert.Null(document.Plan.Name);
    }

    [Fact]
    public void DepartmentAndStrategy_NotGiven_AreWrittenAsNullAndReadBackAsNull()
    {
        var document = new EvaluationDocument(null, [MinimalMeasure() with { Department = null, Strategy = null }]);

        var json = EvaluationJson.Serialize(document);

        Assert.Contains("\"department\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"strategy\": null,", json, StringComparison.Ordinal);
        Assert.Equal(document, EvaluationJson.Deserialize(json));
    }

    [Fact]
    public void DepartmentAndStrategy_LeftOut_ReadAsNull()
    {
        var json = JsonInputs.With("\"department\": \"市政戦略課\",\n      \"chapter\"", "\"chapter\"")
            .Replace("\"strategy\": \"該当なし\",\n      \"outcomes\"", "\"outcomes\"", StringComparison.Ordinal);

        var sheet = EvaluationJson.Deserialize(json).Sheets[0];

        Assert.Null(sheet.Department);
        Assert.Null(sheet.Strategy);
    }

    [Fact]
    public void Deserialize_PropertiesInAnyOrder_ReadsTheSameDocument()
    {
        const string Json = """
            {"sheets": [{"strategy": "該当なし", "measure": {"title": "施策", "code": "5-2-1"}, "policy": {"code": "5-2", "title": "政策"},
              "chapter": {"code": "5", "title": "章"}, "department": "庶務課", "type": "measure"}],
             "planName": null, "fiscalYear": {"label": "R4年度", "startYear": 2022}, "schemaVersion": 1}
            """;

        Assert.Equal(new EvaluationDocument(new FiscalYear(2022), [MinimalMeasure()]), EvaluationJson.Deserialize(Json));
    }

    [Fact]
    public void SerializeThenDeserialize_AnyDocument_IsEqualAndWritesTheSameText() =>
        DocumentGenerators.Document(textExpressible: false).Sample(
            document =>
            {
                var json = EvaluationJson.Serialize(document);
                var back = EvaluationJson.Deserialize(json);
                Assert.Equal(document, back);
                Assert.Equal(Decimals(document), Decimals(back));
                Assert.Equal(json, EvaluationJson.Serialize(back));
            },
            iter: 300);

    [Fact]
    public void SerializeThenDeserialize_AnyTextExpressibleDocument_IsEqual() =>
        DocumentGenerators.Document(textExpressible: true).Sample(
            document =>
            {
                var back = EvaluationJson.Deserialize(EvaluationJson.Serialize(document));
                Assert.Equal(document, back);
                Assert.Equal(Decimals(document), Decimals(back));
            },
            iter: 300);

    internal static MeasureSheet MinimalMeasure() => new()
    {
        Department = new Department("庶務課"),
        Strategy = StrategyLink.None,
        Chapter = new PlanItem(new PlanCode(5), "章"),
        Policy = new PlanItem(new PlanCode(5, 2), "政策"),
        Measure = new PlanItem(new PlanCode(5, 2, 1), "施策"),
    };

    /// <summary>Every decimal of a document as written (17.0, not 17), in document order.</summary>
    private static List<string> Decimals(EvaluationDocument document)
    {
        var decimals = new List<string>();
        foreach (var sheet in document.Sheets)
        {
            foreach (var indicator in sheet.Indicators)
            {
                decimals.AddRange(new[] { indicator.Target, indicator.Actual, indicator.NextTarget }.OfType<IndicatorValue.Quantity>().Select(q => Invariant(q.Value)));
            }

            if (sheet is ProjectSheet project)
            {
                decimals.AddRange(new[] { project.Staff.Planned, project.Staff.Actual, project.Staff.NextPlanned }.Where(f => f.HasValue).Select(f => Invariant(f.Value.Value)));
            }
        }

        return decimals;
    }

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
