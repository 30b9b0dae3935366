using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>The payloads of the frames between the host and a rule worker, written and read in one place.</summary>
internal static class WorkerCodec
{
    /// <summary>How an element of a report is named on the wire.</summary>
    public enum ElementTag : byte
    {
        /// <summary>A subject, by its index in the subject table.</summary>
        Subject = 0,

        /// <summary>A part of a sheet (or of the document), by <see cref="ElementIndex"/>.</summary>
        Part = 1,

        /// <summary>An object that is not part of the document (the rule made it): no subject, no position.</summary>
        Foreign = 2,
    }

    public static void WriteLoad(BinaryWriter writer, RuleImage image)
    {
        writer.Write(image.Assembly.Length);
        writer.Write(image.Assembly);
        writer.Write(image.RuleTypes.Count);
        foreach (var (type, position) in image.RuleTypes)
        {
            writer.Write(type);
            writer.Write(position.File);
            writer.Write(position.Line);
            writer.Write(position.Column);
        }
    }

    public static RuleImage ReadLoad(BinaryReader reader)
    {
        var assembly = reader.ReadBytes(reader.ReadInt32());
        var count = reader.ReadInt32();
        var types = new Dictionary<string, SourcePosition>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            types[reader.ReadString()] = new SourcePosition(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        }

        return new RuleImage(assembly, types);
    }

    /// <summary>A run's options as the worker needs them (per-call limit, the time left to the run, parameters), the subject count and the document.</summary>
    public static void WriteDocument(BinaryWriter writer, RuleOptions options, TimeSpan runTimeLeft, int subjects, byte[] document)
    {
        writer.Write(options.TimeLimit.Ticks);
        writer.Write(options.RunTimeLimit.Ticks);
        writer.Write(runTimeLeft.Ticks);
        writer.Write(options.FindingLimit);
        writer.Write(options.Rules.Count);
        foreach (var (id, settings) in options.Rules)
        {
            writer.Write(id);
            writer.Write(settings.Parameters.Count);
            foreach (var (name, value) in settings.Parameters)
            {
                writer.Write(name);
                writer.Write(value);
            }
        }

        writer.Write(System.Globalization.CultureInfo.CurrentCulture.Name);
        writer.Write(System.Globalization.CultureInfo.CurrentUICulture.Name);
        writer.Write(subjects);
        writer.Write(document.Length);
        writer.Write(document);
    }

    public static (RuleOptions Options, TimeSpan RunTimeLeft, int Subjects, byte[] Document) ReadDocument(BinaryReader reader)
    {
        var timeLimit = TimeSpan.FromTicks(reader.ReadInt64());
        var runTimeLimit = TimeSpan.FromTicks(reader.ReadInt64());
        var left = TimeSpan.FromTicks(reader.ReadInt64());
        var findingLimit = reader.ReadInt32();
        var count = reader.ReadInt32();
        var rules = new Dictionary<string, RuleSettings>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                parameters[reader.ReadString()] = reader.ReadString();
            }

            rules[id] = new RuleSettings { Parameters = parameters };
        }

        // A rule that formats with the current culture sees the caller's, as it would in process.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(reader.ReadString());
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(reader.ReadString());
        var subjects = reader.ReadInt32();
        var document = reader.ReadBytes(reader.ReadInt32());
        return (new RuleOptions { TimeLimit = timeLimit, RunTimeLimit = runTimeLimit, FindingLimit = findingLimit, Rules = rules }, left, subjects, document);
    }

    public static void WriteOptionalString(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    public static string? ReadOptionalString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
