using System.Text;
using System.Xml;
using Kamiyama.Domain.Diagnostics;

namespace Kamiyama.Domain.Rules.Reports;

/// <summary>
/// The run as JUnit XML, the format CI systems show as test results: one test suite per rule, with one test case per
/// sheet the rule applies to (its indicators count with their sheet), failed by each unsuppressed error or warning
/// there (its text as compilers write it; a note is the case's output, and it passes), in error where the rule failed, skipped where it had nothing to say or was not run; and a
/// suite <c>kamiyama</c> with one test case per reader, configuration and load diagnostic (failed when it is an error).
/// No times and no timestamps: deterministic, in the run's order.
/// </summary>
public static class JUnitReport
{
    /// <summary>Writes the report as UTF-8 XML.</summary>
    /// <param name="run">The run.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The language and the base folder of paths; the defaults when null.</param>
    public static void Write(RuleRun run, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(stream);
        run = ReportView.Prepare(run, options);
        var suites = Suites(run);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", CheckCharacters = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "kamiyama");
        WriteCounts(xml, suites.SelectMany(s => s.Cases).ToList());
        foreach (var suite in suites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite.Name);
            WriteCounts(xml, suite.Cases);
            foreach (var test in suite.Cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", suite.ClassName);
                xml.WriteAttributeString("name", Clean(test.Name));
                switch (test.Kind)
                {
                    case CaseKind.Failed:
                        Element(xml, "failure", test.Message!, test.Text!);
                        break;
                    case CaseKind.Error:
                        Element(xml, "error", test.Message!, test.Text!);
                        break;
                    case CaseKind.Skipped:
                        xml.WriteStartElement("skipped");
                        xml.WriteAttributeString("message", Clean(test.Message!));
                        xml.WriteEndElement();
                        break;
                }

                if (test.Kind == CaseKind.Passed && test.Text is not null)
                {
                    xml.WriteElementString("system-out", Clean(test.Text));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static List<Suite> Suites(RuleRun run)
    {
        var suites = new List<Suite>();
        var inputs = run.Diagnostics.Where(d => d.Origin != DiagnosticOrigin.Engine).Select(d => new Case(
            $"{d.Code} {d.Location}",
            d.Severity == DiagnosticSeverity.Error ? CaseKind.Failed : CaseKind.Passed,
            d.Message,
            d.ToString())).ToList();
        if (inputs.Count > 0)
        {
            suites.Add(new Suite("kamiyama", "kamiyama", inputs));
        }

        var findings = run.Findings.Where(f => !f.IsSuppressed).ToLookup(f => (f.RuleId, Sheet(f.Location.Path)));
        var outcomes = run.Outcomes.ToLookup(o => o.RuleId, StringComparer.Ordinal);
        foreach (var rule in run.Rules)
        {
            var cases = new List<Case>();
            foreach (var sheet in outcomes[rule.Id].GroupBy(o => Sheet(o.SubjectPath), StringComparer.Ordinal))
            {
                var found = findings[(rule.Id, sheet.Key)].ToList();
                var failed = found.Where(f => f.Severity != DiagnosticSeverity.Info).ToList();
                var error = sheet.FirstOrDefault(o => o.Kind == OutcomeKind.Error);
                cases.Add(error is not null
                    ? new Case(sheet.Key, CaseKind.Error, $"{rule.Id} failed at {error.SubjectPath}", error.Error ?? string.Empty)
                    : failed.Count > 0
                        ? new Case(sheet.Key, CaseKind.Failed, failed[0].Message, string.Join('\n', failed.Select(f => f.ToString())))
                        : found.Count > 0
                            ? new Case(sheet.Key, CaseKind.Passed, null, string.Join('\n', found.Select(f => f.ToString())))
                        : sheet.All(o => o.Kind == OutcomeKind.NotApplicable)
                            ? new Case(sheet.Key, CaseKind.Skipped, "The rule has nothing to say about this sheet.", null)
                            : sheet.Any(o => o.Kind == OutcomeKind.Skipped)
                                ? new Case(sheet.Key, CaseKind.Skipped, "The rule was not run here: it was stopped earlier, or the run's time ran out.", null)
                                : new Case(sheet.Key, CaseKind.Passed, null, null));
            }

            suites.Add(new Suite($"{rule.Id} {rule.Title}", rule.Id, cases));
        }

        return suites;
    }

    /// <summary>The sheet part of a logical path: <c>5-1-1</c> of <c>5-1-1/目標値/…</c>; the document is <c>/</c>.</summary>
    private static string Sheet(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? path : path[..slash];
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<Case> cases)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Kind == CaseKind.Failed).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", cases.Count(c => c.Kind == CaseKind.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", cases.Count(c => c.Kind == CaseKind.Skipped).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Element(XmlWriter xml, string name, string message, string text)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("message", Clean(message));
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>Text that XML 1.0 can hold: characters it cannot (control characters, lone surrogates) are written as <c>\uXXXX</c>.</summary>
    private static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c <= '\uFFFD')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (ok && char.IsHighSurrogate(c))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (ok)
            {
                clean?.Append(c);
            }
            else
            {
                (clean ??= new StringBuilder(text, 0, i, text.Length + 16)).Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return clean?.ToString() ?? text;
    }

    private enum CaseKind
    {
        Passed,
        Failed,
        Error,
        Skipped,
    }

    private sealed record Case(string Name, CaseKind Kind, string? Message, string? Text);

    private sealed record Suite(string Name, string ClassName, List<Case> Cases);
}
