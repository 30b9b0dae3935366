using System.Runtime.InteropServices;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// The document as the host sends it to a rule worker: every member the JSON format carries, in a fixed order, as binary
/// (strings as their UTF-16 code units, so that any string the model holds, lone surrogates included, arrives equal).
/// Both ends are this library at the same version; the worker rebuilds the model with its own constructors, so a payload
/// the model refuses is an <see cref="InvalidDataException"/>, never a half-built document. It carries no source
/// positions: the host makes the findings against its own document.
/// </summary>
internal static class DocumentCodec
{
    private const int Version = 2;

    private enum SheetTag : byte
    {
        Measure = 1,
        Project = 2,
    }

    private enum ValueTag : byte
    {
        Blank = 0,
        Quantity = 1,
        NotApplicable = 2,
        Statement = 3,
    }

    /// <summary>The document as bytes.</summary>
    public static byte[] Encode(EvaluationDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        using (var writer = new CodecWriter(buffer))
        {
            writer.Write(Version);
            writer.Write(document.FiscalYear is { } year ? year.StartYear : 0);
            WriteOptionalString(writer, document.Plan.Name);
            writer.Write(document.Sheets.Count);
            foreach (var sheet in document.Sheets)
            {
                switch (sheet)
                {
                    case MeasureSheet measure:
                        writer.Write((byte)SheetTag.Measure);
                        WriteMeasure(writer, measure);
                        break;
                    case ProjectSheet project:
                        writer.Write((byte)SheetTag.Project);
                        WriteProject(writer, project);
                        break;
                    default:
                        throw new ArgumentException($"A sheet of type {sheet.GetType().Name} cannot be sent to a rule worker.", nameof(document));
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The document from bytes that <see cref="Encode"/> wrote.</summary>
    /// <exception cref="InvalidDataException">They are not a document this version wrote, or the model refuses a value.</exception>
    public static EvaluationDocument Decode(byte[] payload)
    {
        try
        {
            using var reader = new CodecReader(new MemoryStream(payload, writable: false));
            if (reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("The document was encoded by another version of the library.");
            }

            var startYear = reader.ReadInt32();
            var planName = ReadOptionalString(reader);
            var count = Count(reader);
            var sheets = new List<Sheet>(count);
            for (var i = 0; i < count; i++)
            {
                sheets.Add((SheetTag)reader.ReadByte() switch
                {
                    SheetTag.Measure => ReadMeasure(reader),
                    SheetTag.Project => ReadProject(reader),
                    var tag => throw new InvalidDataException($"Unknown sheet tag {(byte)tag}."),
                });
            }

            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException("The document has bytes after its last sheet.");
            }

            return new EvaluationDocument(startYear == 0 ? null : new FiscalYear(startYear), sheets, planName);
        }
        catch (Exception e) when (e is IOException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new InvalidDataException($"The document sent to the rule worker could not be rebuilt: {e.Message}", e);
        }
    }

    private static void WriteMeasure(CodecWriter writer, MeasureSheet sheet)
    {
        WriteCommon(writer, sheet);
        WritePlanItem(writer, sheet.Chapter);
        WritePlanItem(writer, sheet.Policy);
        WritePlanItem(writer, sheet.Measure);
        WriteItems(writer, sheet.Purposes);
        WriteItems(writer, sheet.Goals);
        WriteItems(writer, sheet.Results);
        WriteIndicators(writer, sheet.Outcomes);
    }

    private static MeasureSheet ReadMeasure(CodecReader reader)
    {
        var (department, strategy, reason, future, unrecognized) = ReadCommon(reader);
        return new MeasureSheet
        {
            Department = department,
            Strategy = strategy,
            Reason = reason,
            FutureActions = future,
            Unrecognized = unrecognized,
            Chapter = ReadPlanItem(reader),
            Policy = ReadPlanItem(reader),
            Measure = ReadPlanItem(reader),
            Purposes = ReadItems(reader),
            Goals = ReadItems(reader),
            Results = ReadItems(reader),
            Outcomes = ReadIndicators(reader),
        };
    }

    private static void WriteProject(CodecWriter writer, ProjectSheet sheet)
    {
        WriteCommon(writer, sheet);
        WriteString(writer, sheet.Name);
        writer.Write(sheet.IsCarriedOver);
        writer.Write(sheet.Account is not null);
        if (sheet.Account is { } account)
        {
            foreach (var part in (ReadOnlySpan<BudgetAccountPart>)[account.Fund, account.Division, account.Section, account.Item])
            {
                WriteString(writer, part.Code);
                WriteString(writer, part.Name);
            }
        }

        writer.Write(sheet.Measures.Count);
        foreach (var measure in sheet.Measures)
        {
            WritePlanItem(writer, measure);
        }

        WriteString(writer, sheet.Overview);
        WriteString(writer, sheet.Purpose);
        writer.Write(sheet.Goal is not null);
        if (sheet.Goal is { } goal)
        {
            WriteIndicator(writer, goal);
        }

        WriteIndicators(writer, sheet.Activities);
        WriteMoney(writer, sheet.Cost.Budget);
        WriteMoney(writer, sheet.Cost.Actual);
        WriteMoney(writer, sheet.Cost.NextBudget);
        WritePersonYears(writer, sheet.Staff.Planned);
        WritePersonYears(writer, sheet.Staff.Actual);
        WritePersonYears(writer, sheet.Staff.NextPlanned);
    }

    private static ProjectSheet ReadProject(CodecReader reader)
    {
        var (department, strategy, reason, future, unrecognized) = ReadCommon(reader);
        var name = ReadString(reader);
        var carriedOver = reader.ReadBoolean();
        BudgetAccount? account = null;
        if (reader.ReadBoolean())
        {
            var parts = new BudgetAccountPart[4];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = new BudgetAccountPart(ReadString(reader), ReadString(reader));
            }

            account = new BudgetAccount(parts[0], parts[1], parts[2], parts[3]);
        }

        var measures = new PlanItem[Count(reader)];
        for (var i = 0; i < measures.Length; i++)
        {
            measures[i] = ReadPlanItem(reader);
        }

        var overview = ReadString(reader);
        var purpose = ReadString(reader);
        var goal = reader.ReadBoolean() ? ReadIndicator(reader) : null;
        var activities = ReadIndicators(reader);
        var cost = new CostLine(ReadMoney(reader), ReadMoney(reader), ReadMoney(reader));
        var staff = new StaffLine(ReadPersonYears(reader), ReadPersonYears(reader), ReadPersonYears(reader));
        return new ProjectSheet
        {
            Department = department,
            Strategy = strategy,
            Reason = reason,
            FutureActions = future,
            Unrecognized = unrecognized,
            Name = name,
            IsCarriedOver = carriedOver,
            Account = account,
            Measures = measures.ToValueArray(),
            Overview = overview,
            Purpose = purpose,
            Goal = goal,
            Activities = activities,
            Cost = cost,
            Staff = staff,
        };
    }

    private static void WriteCommon(CodecWriter writer, Sheet sheet)
    {
        WriteOptionalString(writer, sheet.Department?.Name);
        WriteOptionalString(writer, sheet.Strategy?.Text);
        WriteString(writer, sheet.Reason);
        WriteString(writer, sheet.FutureActions);
        WriteStrings(writer, sheet.Unrecognized);
    }

    private static (Department?, StrategyLink?, string, string, ValueArray<string>) ReadCommon(CodecReader reader)
    {
        var department = ReadOptionalString(reader) is { } name ? new Department(name) : null;
        var strategy = ReadOptionalString(reader) is { } text ? StrategyLink.Parse(text) : null;
        return (department, strategy, ReadString(reader), ReadString(reader), ReadStrings(reader));
    }

    private static void WritePlanItem(CodecWriter writer, PlanItem item)
    {
        writer.Write(item.Code.Chapter);
        writer.Write(item.Code.Policy);
        writer.Write(item.Code.Measure);
        WriteString(writer, item.Title);
    }

    private static PlanItem ReadPlanItem(CodecReader reader) =>
        new(new PlanCode(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()), ReadString(reader));

    private static void WriteItems(CodecWriter writer, ValueArray<SheetItem> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            writer.Write(item.Number.HasValue);
            writer.Write(item.Number ?? 0);
            WriteString(writer, item.Title);
            WriteStrings(writer, item.Details);
        }
    }

    private static ValueArray<SheetItem> ReadItems(CodecReader reader)
    {
        var items = new SheetItem[Count(reader)];
        for (var i = 0; i < items.Length; i++)
        {
            var hasNumber = reader.ReadBoolean();
            var number = reader.ReadInt32();
            items[i] = new SheetItem(hasNumber ? number : null, ReadString(reader), ReadStrings(reader));
        }

        return items.ToValueArray();
    }

    private static void WriteIndicators(CodecWriter writer, ValueArray<Indicator> indicators)
    {
        writer.Write(indicators.Count);
        foreach (var indicator in indicators)
        {
            WriteIndicator(writer, indicator);
        }
    }

    private static ValueArray<Indicator> ReadIndicators(CodecReader reader)
    {
        var indicators = new Indicator[Count(reader)];
        for (var i = 0; i < indicators.Length; i++)
        {
            indicators[i] = ReadIndicator(reader);
        }

        return indicators.ToValueArray();
    }

    private static void WriteIndicator(CodecWriter writer, Indicator indicator)
    {
        WriteString(writer, indicator.Name);
        writer.Write((int)indicator.Kind);
        writer.Write((int)indicator.Direction);
        WriteValue(writer, indicator.Target);
        WriteValue(writer, indicator.Actual);
        WriteValue(writer, indicator.NextTarget);
    }

    private static Indicator ReadIndicator(CodecReader reader)
    {
        var name = ReadString(reader);
        var kind = Defined((IndicatorKind)reader.ReadInt32());
        var direction = Defined((IndicatorDirection)reader.ReadInt32());
        return new Indicator(name, kind, ReadValue(reader), ReadValue(reader), ReadValue(reader), direction);
    }

    private static void WriteValue(CodecWriter writer, IndicatorValue value)
    {
        switch (value)
        {
            case IndicatorValue.Quantity quantity:
                writer.Write((byte)ValueTag.Quantity);
                writer.Write(quantity.Value);
                WriteUnit(writer, quantity.Unit);
                break;
            case IndicatorValue.NotApplicable notApplicable:
                writer.Write((byte)ValueTag.NotApplicable);
                WriteUnit(writer, notApplicable.Unit);
                break;
            case IndicatorValue.Statement statement:
                writer.Write((byte)ValueTag.Statement);
                WriteString(writer, statement.Text);
                break;
            default:
                writer.Write((byte)ValueTag.Blank);
                break;
        }
    }

    private static IndicatorValue ReadValue(CodecReader reader) => (ValueTag)reader.ReadByte() switch
    {
        ValueTag.Quantity => new IndicatorValue.Quantity(reader.ReadDecimal(), ReadUnit(reader)),
        ValueTag.NotApplicable => new IndicatorValue.NotApplicable(ReadUnit(reader)),
        ValueTag.Statement => new IndicatorValue.Statement(ReadString(reader)),
        ValueTag.Blank => IndicatorValue.Empty,
        var tag => throw new InvalidDataException($"Unknown value tag {(byte)tag}."),
    };

    private static void WriteUnit(CodecWriter writer, Unit unit) => WriteOptionalString(writer, unit.IsNone ? null : unit.Symbol);

    private static Unit ReadUnit(CodecReader reader) => ReadOptionalString(reader) is { } symbol ? new Unit(symbol) : Unit.None;

    private static void WriteMoney(CodecWriter writer, Figure<Money> figure)
    {
        writer.Write((byte)figure.Kind);
        writer.Write(figure.HasValue ? figure.Value.Yen : 0L);
    }

    private static Figure<Money> ReadMoney(CodecReader reader)
    {
        var kind = Defined((FigureKind)reader.ReadByte());
        var yen = reader.ReadInt64();
        return kind switch
        {
            FigureKind.Value => Figure<Money>.Of(new Money(yen)),
            FigureKind.NotApplicable => Figure<Money>.NotApplicable,
            _ => Figure<Money>.Blank,
        };
    }

    private static void WritePersonYears(CodecWriter writer, Figure<PersonYears> figure)
    {
        writer.Write((byte)figure.Kind);
        writer.Write(figure.HasValue ? figure.Value.Value : 0m);
    }

    private static Figure<PersonYears> ReadPersonYears(CodecReader reader)
    {
        var kind = Defined((FigureKind)reader.ReadByte());
        var value = reader.ReadDecimal();
        return kind switch
        {
            FigureKind.Value => Figure<PersonYears>.Of(new PersonYears(value)),
            FigureKind.NotApplicable => Figure<PersonYears>.NotApplicable,
            _ => Figure<PersonYears>.Blank,
        };
    }

    private static void WriteStrings(CodecWriter writer, ValueArray<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteString(writer, value);
        }
    }

    private static ValueArray<string> ReadStrings(CodecReader reader)
    {
        var values = new string[Count(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString(reader);
        }

        return values.ToValueArray();
    }

    private static void WriteOptionalString(CodecWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            WriteString(writer, value);
        }
    }

    private static string? ReadOptionalString(CodecReader reader) => reader.ReadBoolean() ? ReadString(reader) : null;

    /// <summary>
    /// A string as its number in the document's table of strings; the first time, its length and UTF-16 code units follow
    /// (nothing is re-encoded, so nothing is replaced). Equal strings arrive as one string, as they often are in the host.
    /// </summary>
    private static void WriteString(CodecWriter writer, string value)
    {
        if (writer.Strings.TryGetValue(value, out var known))
        {
            writer.Write(known);
            return;
        }

        var id = writer.Strings.Count;
        writer.Strings.Add(value, id);
        writer.Write(id);
        writer.Write(value.Length);
        writer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    private static string ReadString(CodecReader reader)
    {
        var id = reader.ReadInt32();
        if (id >= 0 && id < reader.Strings.Count)
        {
            return reader.Strings[id];
        }

        if (id != reader.Strings.Count)
        {
            throw new InvalidDataException($"The string number {id} is not in the table.");
        }

        var length = Count(reader);
        var bytes = reader.ReadBytes(checked(length * 2));
        var value = bytes.Length == length * 2
            ? length == 0 ? string.Empty : new string(MemoryMarshal.Cast<byte, char>(bytes))
            : throw new EndOfStreamException("A string ends past the document.");
        reader.Strings.Add(value);
        return value;
    }

    private static int Count(CodecReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException($"A count of {count} is out of range.");
    }

    private static T Defined<T>(T value)
        where T : struct, Enum => Enum.IsDefined(value) ? value : throw new InvalidDataException($"{value} is not a {typeof(T).Name}.");

    /// <summary>A writer with the strings written so far.</summary>
    private sealed class CodecWriter(Stream output) : BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true)
    {
        public Dictionary<string, int> Strings { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A reader with the strings read so far.</summary>
    private sealed class CodecReader(Stream input) : BinaryReader(input, System.Text.Encoding.UTF8)
    {
        public List<string> Strings { get; } = [];
    }
}
