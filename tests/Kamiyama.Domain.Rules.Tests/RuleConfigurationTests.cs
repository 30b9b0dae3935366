namespace Kamiyama.Domain.Rules.Tests;

public class RuleConfigurationTests
{
    [Fact]
    public void Read_FullFile_GivesSettingsParametersSuppressionsAndLimit()
    {
        var (options, diagnostics) = RuleConfiguration.Read(
            """
            {
              // thresholds agreed with 財政課
              "rules": {
                "KMY002": { "severity": "error", "parameters": { "threshold": 0.3 } },
                "KMY005": { "enabled": false },
              },
              "suppressions": [ { "rule": "KMY001", "path": "5-4-1/*", "justification": "再開初年度のため" } ],
              "timeLimitMs": 500
            }
            """,
            "kamiyama.json");

        Assert.Empty(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, options.Rules["KMY002"].Severity);
        Assert.Equal("0.3", options.Rules["KMY002"].Parameters["threshold"]);
        Assert.False(options.Rules["KMY005"].Enabled);
        Assert.Equal(new Suppression("KMY001", "5-4-1/*", "再開初年度のため"), Assert.Single(options.Suppressions));
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.TimeLimit);
    }

    [Fact]
    public void Read_SyntaxError_DiagnosticWithLineAndDefaults()
    {
        var (options, diagnostics) = RuleConfiguration.Read("{\n  \"rules\": {\n    \"KMY002\": { \"severity\": }\n  }\n}", "bad.json");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleDiagnosticCodes.InvalidConfiguration, 3), (diagnostic.Code, diagnostic.Position!.Value.Line));
        Assert.StartsWith("bad.json(3,", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Same(RuleOptions.Default, options);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"KMY002\": { \"severity\": \"fatal\" } } }", "The severity 'fatal' of KMY002 is not one of error, warning, info.")]
    [InlineData("{ \"suppressions\": [ { \"rule\": \"KMY001\", \"path\": \"5-3-1/*\" } ] }", "A suppression needs a rule, a path and a written justification; 'KMY001' at '5-3-1/*' is ignored.")]
    public void Read_SemanticProblem_ExactMessage(string json, string message) =>
        Assert.Equal(message, Assert.Single(RuleConfiguration.Read(json, "c.json").Diagnostics).Message);

    [Fact]
    public void Read_UnknownProperty_IsAProblem() =>
        Assert.Contains("colour", Assert.Single(RuleConfiguration.Read("{ \"colour\": 1 }", "c.json").Diagnostics).Message, StringComparison.Ordinal);
}
