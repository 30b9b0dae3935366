using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Plugs the format into <see cref="JsonSerializer"/>, so that <see cref="EvaluationJson.Options"/> serializes a
/// document, alone or inside a caller's own object, exactly as <see cref="EvaluationJson"/> does. Errors read this
/// way carry the JSON path but no line: the converter does not see the input's text.
/// </summary>
internal sealed class EvaluationDocumentConverter : JsonConverter<EvaluationDocument>
{
    public override EvaluationDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentReader.ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, EvaluationDocument value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DocumentWriter.Write(writer, value);
    }
}
