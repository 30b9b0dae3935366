using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.Tests.Generators;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Tests.TextLayout;

/// <summary>
/// Writing is lossless or says why not: a document either goes JSON → text → JSON and text → JSON → text equal, or the
/// writer refuses it with diagnostics naming the sheet and field; and a refusal is never needless (written anyway, the
/// document would not come back).
/// </summary>
public sealed class LosslessWriteTests
{
    private static void AssertLosslessOrRefused(EvaluationDocument document)
    {
        var jsonRefused = EvaluationJson.Check(document);
        AssertNamesTheField(jsonRefused);
        if (!jsonRefused.IsEmpty)
        {
            Assert.All(jsonRefused, d => Assert.Equal("KRW001", d.Code));
            Assert.Throws<ArgumentException>(() => EvaluationJson.Serialize(document));
            return;
        }

        var json = EvaluationJson.Serialize(document);
        var fromJson = EvaluationJson.Deserialize(json);
        Assert.Equal(document, fromJson);

        var refused = TextLayoutWriter.Check(fromJson);
        using var written = new StringWriter();
        TextLayoutWriter.WriteUnchecked(fromJson, written);
        var read = TextSheetSource.FromString(written.ToString(), "written.txt").Read();
        var readsBackEqual = !read.HasErrors && read.Document.Equals(fromJson);

        // Refused exactly when the text would not read back: never silently lossy, never needlessly strict.
        Assert.True(refused.IsEmpty == readsBackEqual, refused.IsEmpty ? $"Not refused, but reads back different: {string.Join("; ", read.Diagnostics)}" : $"Refused, but reads back equal: {string.Join("; ", refused)}");
        if (!refused.IsEmpty)
        {
            AssertNamesTheField(refused);
            Assert.Throws<ArgumentException>(() => TextLayoutWriter.Write(fromJson));
            return;
        }

        // JSON → text → JSON, and text → JSON → text.
        var text = TextLayoutWriter.Write(fromJson);
        Assert.Equal(json, EvaluationJson.Serialize(read.Document));
        Assert.Equal(text, TextLayoutWriter.Write(EvaluationJson.Deserialize(EvaluationJson.Serialize(read.Document))));
    }

    private static void AssertNamesTheField(IEnumerable<Diagnostic> refused) =>
        Assert.All(refused, d =>
        {
            Assert.Matches("^KRW00[1-7]$", d.Code);
            Assert.Equal((DiagnosticSeverity.Error, DiagnosticOrigin.Writer), (d.Severity, d.Origin));

            // Either the document itself (its fiscal year, its plan name), or a sheet's path ending in the field's label.
            Assert.True(d.Location.Path == "/" ? d.Location.Field is null : d.Location.Field is { } field && d.Location.Path.EndsWith("/" + field.Label, StringComparison.Ordinal), d.ToString());
        });

    [Fact]
    public void HostileDocument_IsWrittenLosslesslyOrRefusedWithTheField() =>
        HostileDocuments.Document.Sample(AssertLosslessOrRefused, iter: 1500);

    [Fact]
    public void AnyDocumentTheModelHolds_IsWrittenLosslesslyOrRefusedWithTheField() =>
        DocumentGenerators.Document(textExpressible: false).Sample(AssertLosslessOrRefused, iter: 500);

    [Fact]
    public void TextExpressibleDocument_IsNeverRefused() =>
        DocumentGenerators.Document(textExpressible: true).Sample(d => Assert.Empty(TextLayoutWriter.Check(d)), iter: 200);

    [Fact]
    public void HostileDocument_IsRefusedOrNotAboutEquallyOften()
    {
        var refused = 0;
        HostileDocuments.Document.Sample(d => Interlocked.Add(ref refused, TextLayoutWriter.Check(d).IsEmpty ? 0 : 1), iter: 300, threads: 1);

        // Both outcomes are exercised by the property above (an all-refused or never-refused generator tests little).
        Assert.InRange(refused, 60, 260);
    }
}
