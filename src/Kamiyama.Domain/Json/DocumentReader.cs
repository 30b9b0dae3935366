using System.Globalization;
using System.Text.Json;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Json;

/// <summary>
/// Reads the JSON format in one pass over a <see cref="Utf8JsonReader"/>, keeping the JSON path of where it is so that
/// every error names it, and (when the input's text is at hand) the line and column of every sheet and indicator for
/// the document's <see cref="SourceMap"/>. Strict about what the format defines (unknown, duplicate and missing
/// properties, wrong types, values the model rejects); forgiving about what can be left out (empty texts and lists,
/// null fields, blank cells).
/// </summary>
internal ref partial struct DocumentReader
{
    private readonly LineIndex? _lines;
    private readonly string? _sourceName;
    private readonly List<string> _path = [];
    private readonly SourceMap.Builder? _map;
    private readonly List<Diagnostic>? _unrecognized;
    private Utf8JsonReader _reader;
    private long _propertyStart;

    private DocumentReader(Utf8JsonReader reader, LineIndex? lines, string? sourceName, List<Diagnostic>? unrecognized)
    {
        _reader = reader;
        _lines = lines;
        _sourceName = sourceName;
        _map = lines is not null && sourceName is not null ? new SourceMap.Builder() : null;
        _unrecognized = lines is not null && sourceName is not null ? unrecognized : null;
    }

    /// <summary>
    /// Reads a whole input. With a source name, the document's <see cref="EvaluationDocument.Sources"/> holds the
    /// positions of its sheets, indicators and their members, and <paramref name="unrecognized"/> receives a warning
    /// for every line a sheet keeps as unrecognised.
    /// </summary>
    /// <exception cref="JsonReadException">The input is not a document of this format.</exception>
    internal static EvaluationDocument Read(ReadOnlyMemory<byte> utf8, JsonReaderOptions options, string? sourceName = null, List<Diagnostic>? unrecognized = null)
    {
        var lines = new LineIndex(utf8);
        var core = new DocumentReader(new Utf8JsonReader(utf8.Span, options), lines, sourceName, unrecognized);
        core.Next();
        var document = core.ReadRoot();
        if (core.TryRead())
        {
            // Only reachable with options that allow several values; the reader reports anything else itself.
            throw core.Error(string.Format(CultureInfo.InvariantCulture, JsonMessages.NotJson, "Expected the end of the input after the document."), core._reader.TokenStartIndex);
        }

        return document;
    }

    /// <summary>Reads the document at the reader's current token (a converter's entry), without positions.</summary>
    internal static EvaluationDocument ReadValue(ref Utf8JsonReader reader)
    {
        var core = new DocumentReader(reader, null, null, null);
        var document = core.ReadRoot();
        reader = core._reader;
        return document;
    }

    private readonly string CurrentPath => _path.Count == 0 ? "$" : "$" + string.Concat(_path);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonMessages.AnObject,
        JsonTokenType.StartArray => JsonMessages.AnArray,
        JsonTokenType.String => JsonMessages.AString,
        JsonTokenType.Number => JsonMessages.ANumber,
        JsonTokenType.True or JsonTokenType.False => JsonMessages.ABoolean,
        _ => JsonMessages.Null,
    };

    private static string PropertySegment(string name) =>
        name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private readonly JsonReadException Error(string detail, long? offset)
    {
        var path = CurrentPath;
        var message = string.Format(CultureInfo.InvariantCulture, JsonMessages.AtPath, path, detail);
        return offset is { } at && _lines is { } lines
            ? new JsonReadException(message, path, lines.Locate(at), lines.ToJsonPosition(at))
            : new JsonReadException(message, path, null, null);
    }

    private readonly JsonReadException Error(string format, long? offset, params ReadOnlySpan<object?> args) =>
        Error(string.Format(CultureInfo.InvariantCulture, format, args), offset);

    private readonly JsonReadException Mismatch(string expected) =>
        Error(JsonMessages.ExpectedToken, _reader.TokenStartIndex, expected, Describe(_reader.TokenType));

    private readonly JsonReadException SyntaxError(JsonException exception)
    {
        // The reader's message ends with its own 0-based position, which this message gives 1-based instead.
        var text = exception.Message;
        var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var detail = string.Format(CultureInfo.InvariantCulture, JsonMessages.NotJson, cut < 0 ? text : text[..cut]);
        var path = CurrentPath;
        var message = string.Format(CultureInfo.InvariantCulture, JsonMessages.AtPath, path, detail);
        return exception is { LineNumber: { } line, BytePositionInLine: { } column } && _lines is { } lines
            ? new JsonReadException(message, path, lines.Locate(line, column), (line, column))
            : new JsonReadException(message, path, null, null);
    }

    private bool TryRead() => TryRead(ref _reader);

    private readonly bool TryRead(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException exception)
        {
            throw SyntaxError(exception);
        }
    }

    private readonly void Skip(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.TrySkip();
        }
        catch (JsonException exception)
        {
            throw SyntaxError(exception);
        }
    }

    private void Next()
    {
        if (!TryRead())
        {
            throw Error(JsonMessages.NotJson, _reader.BytesConsumed, "The input ends before the document does.");
        }
    }

    /// <summary>Moves to the next property of the current object and onto its value; false at the object's end.</summary>
    private bool NextProperty(HashSet<string> seen, string[] allowed, out string name)
    {
        Next();
        if (_reader.TokenType != JsonTokenType.PropertyName)
        {
            name = string.Empty;
            return false;
        }

        _propertyStart = _reader.TokenStartIndex;
        name = GetString();
        if (Array.IndexOf(allowed, name) < 0)
        {
            throw Error(JsonMessages.UnknownProperty, _propertyStart, name, string.Join(", ", allowed));
        }

        if (!seen.Add(name))
        {
            throw Error(JsonMessages.DuplicateProperty, _propertyStart, name);
        }

        Next();
        _path.Add(PropertySegment(name));
        return true;
    }

    private readonly void EndProperty() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Moves onto the next element of the current array; false at the array's end.</summary>
    private bool NextElement(int index)
    {
        Next();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        _path.Add(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));
        return true;
    }

    private readonly void EndElement() => _path.RemoveAt(_path.Count - 1);

    /// <summary>
    /// Looks ahead in the current object for a property (a discriminator such as "type", which may come anywhere)
    /// and returns a reader on its value, leaving this reader where it is.
    /// </summary>
    private readonly bool FindProperty(string name, out Utf8JsonReader value)
    {
        var copy = _reader;
        while (TryRead(ref copy) && copy.TokenType == JsonTokenType.PropertyName)
        {
            var match = copy.ValueTextEquals(name);
            _ = TryRead(ref copy);
            if (match)
            {
                value = copy;
                return true;
            }

            Skip(ref copy);
        }

        value = default;
        return false;
    }

    private readonly void Require(HashSet<string> seen, string name, long objectStart)
    {
        if (!seen.Contains(name))
        {
            throw Error(JsonMessages.MissingProperty, objectStart, name);
        }
    }

    private readonly string GetString()
    {
        try
        {
            return _reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException exception)
        {
            throw Error(JsonMessages.InvalidString, _reader.TokenStartIndex, exception.Message);
        }
    }

    private readonly void ExpectObject(string expected = JsonMessages.AnObject)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(expected);
        }
    }

    private readonly void ExpectArray()
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(JsonMessages.AnArray);
        }
    }

    private readonly string ReadString() =>
        _reader.TokenType == JsonTokenType.String ? GetString() : throw Mismatch(JsonMessages.AString);

    private readonly string? ReadNullableString() => _reader.TokenType switch
    {
        JsonTokenType.String => GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(JsonMessages.AStringOrNull),
    };

    private readonly bool ReadBoolean() => _reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Mismatch(JsonMessages.ABoolean),
    };

    /// <summary>
    /// Reads a number keeping the scale it was written with (17.0 stays 17.0) under the published text's rule of
    /// exactness (<see cref="JsonNumber"/>): a number a decimal would round is an error, not a neighbour.
    /// </summary>
    private readonly decimal ReadDecimal(string expected = JsonMessages.ANumber)
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Mismatch(expected);
        }

        var token = _reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(_reader.ValueSequence) : _reader.ValueSpan;
        return JsonNumber.TryRead(token, out var value) switch
        {
            null => value,
            Messages.NumberTooLarge => throw Error(JsonMessages.NumberOutOfRange, _reader.TokenStartIndex, RawText()),
            var problem => throw Error(JsonMessages.UnreadableNumber, _reader.TokenStartIndex, RawText(), problem),
        };
    }

    /// <summary>Reads a whole number; 2022.0 is accepted, as JSON Schema's "integer" accepts it.</summary>
    private readonly int ReadInt32(string expected = JsonMessages.ANumber)
    {
        var value = ReadDecimal(expected);
        if (value != decimal.Truncate(value))
        {
            throw Error(JsonMessages.NotWholeNumber, _reader.TokenStartIndex, RawText());
        }

        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Error(JsonMessages.NumberOutOfRange, _reader.TokenStartIndex, RawText());
    }

    private readonly string RawText() => System.Text.Encoding.UTF8.GetString(_reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(_reader.ValueSequence) : _reader.ValueSpan);

    private readonly SourcePosition? Position(long offset) =>
        _lines is { } lines && _sourceName is { } name ? ToPosition(name, lines.Locate(offset)) : null;

    private static SourcePosition ToPosition(string name, (int Line, int Column) at) => new(name, at.Line, at.Column);

    /// <summary>Records where an element and its members were read.</summary>
    private readonly void Record(object element, long start, List<(Field Member, long Offset)>? members = null)
    {
        if (_map is null || Position(start) is not { } own)
        {
            return;
        }

        _map.Add(element, own);
        foreach (var (member, offset) in members ?? [])
        {
            _map.Add(element, Position(offset)!.Value, member);
        }
    }
}
