using System.Text.Json;
using Kamiyama.Domain.Json;

namespace Kamiyama.Domain.Tests.Json;

/// <summary><see cref="EvaluationJson.Deserialize"/> throws a <see cref="JsonException"/> that says where and what.</summary>
public sealed class EvaluationJsonErrorTests
{
    /// <summary>The malformed inputs that are text: bytes that are not UTF-8 cannot be a string (JsonSheetSourceTests reads them).</summary>
    public static TheoryData<string, int, int, string> MalformedText
    {
        get
        {
            var data = new TheoryData<string, int, int, string>();
            foreach (var row in MalformedInputs.Expected)
            {
                if ((string)row[1] != Sources.ReaderDiagnosticCodes.NotText)
                {
                    data.Add((string)row[0], (int)row[2], (int)row[3], (string)row[4]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MalformedText))]
    public void Deserialize_MalformedText_ThrowsJsonExceptionWithTheMessageAndPosition(string input, int line, int column, string message)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => EvaluationJson.Deserialize(System.Text.Encoding.UTF8.GetString(MalformedInputs.Inputs[input])));

        Assert.Equal($"{message} (line {line}, column {column})", exception.Message);
        Assert.Equal(line - 1, exception.LineNumber);
        Assert.StartsWith(exception.Path + ":", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WrongType_ReportsZeroBasedLineAndBytePositionAsSystemTextJsonDoes()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => EvaluationJson.Deserialize(JsonInputs.With("\"該当なし\"", "[]")));

        Assert.Equal("$.sheets[0].strategy", exception.Path);
        Assert.Equal(10, exception.LineNumber);
        Assert.Equal(18, exception.BytePositionInLine);
    }

    [Fact]
    public void Deserialize_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => EvaluationJson.Deserialize(null!));

    [Fact]
    public void JsonSerializer_WithTheOptions_ReportsThePathOfAnError()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<EvaluationDocument>(JsonInputs.With("\"department\"", "\"departement\""), EvaluationJson.Options));

        Assert.Equal("$.sheets[0]", exception.Path);
        Assert.StartsWith("$.sheets[0]: Unknown property 'departement'", exception.Message, StringComparison.Ordinal);
    }
}
