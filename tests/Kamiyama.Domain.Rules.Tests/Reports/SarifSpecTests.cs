using System.Text.Json;
using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;

namespace Kamiyama.Domain.Rules.Tests.Reports;

/// <summary>What the SARIF 2.1.0 specification asks of a log beyond what its schema checks (section numbers of the specification).</summary>
public class SarifSpecTests
{
    private static JsonElement Run(RuleRun run, SarifOptions? options = null) =>
        JsonDocument.Parse(SarifSchemaTests.Sarif(run, options)).RootElement.GetProperty("runs")[0].Clone();

    private static RuleDescriptor Descriptor(string id, Uri? help = null) =>
        new() { Id = id, Title = "t", DefaultSeverity = DiagnosticSeverity.Error, Category = "c", MessageFormat = "{text}", Description = "d", HelpUri = help };

    [Fact]
    public void HelpUri_IsAbsoluteAndEscaped_ARelativeOneIsLeftOut()
    {
        // §3.49.12: the absolute URI of the rule's documentation. Uri.ToString() would give back 規則 unescaped.
        var run = new RuleRun([Descriptor("ZZZ001", new Uri("https://city.example/規則/ZZZ001 a")), Descriptor("ZZZ002", new Uri("docs/ZZZ002.md", UriKind.Relative))], [], []);

        var rules = Run(run).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal("https://city.example/%E8%A6%8F%E5%89%87/ZZZ001%20a", rules[0].GetProperty("helpUri").GetString());
        Assert.False(rules[1].TryGetProperty("helpUri", out _));
    }

    [Fact]
    public void ARelativeInformationUri_IsRefused()
    {
        var options = new SarifOptions { InformationUri = new Uri("about/kamiyama", UriKind.Relative) };

        var error = Assert.Throws<ArgumentException>(() => SarifSchemaTests.Sarif(SampleFindingsTests.Run(), options));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("The information URI 'about/kamiyama' is relative; SARIF's informationUri is an absolute URI.", error.Message, StringComparison.Ordinal);
    }
}
