using System.Collections.Immutable;
using System.Text.Json;
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using N = Kamiyama.Domain.Json.JsonNames;

namespace Kamiyama.Domain.Json;

/// <summary>Plan headings, numbered entries and budget accounts.</summary>
internal ref partial struct DocumentReader
{
    private static readonly string[] LevelExamples = ["5", "5-1", "5-1-1"];

    private PlanItem ReadPlanItem(PlanLevel? level)
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        PlanCode code = default;
        var title = string.Empty;
        while (NextProperty(seen, N.PlanItemProperties, out var name))
        {
            if (name == N.Code)
            {
                code = ReadPlanCode(level);
            }
            else
            {
                title = ReadString();
            }

            EndProperty();
        }

        Require(seen, N.Code, start);
        Require(seen, N.Title, start);
        return new PlanItem(code, title);
    }

    private readonly PlanCode ReadPlanCode(PlanLevel? level)
    {
        var text = ReadString();
        var code = PlanCode.Read(text);
        if (!code.Success)
        {
            throw Error(JsonMessages.InvalidPlanCode, _reader.TokenStartIndex, text, code.Message);
        }

        if (level is { } expected && code.Value.Level != expected)
        {
            throw Error(JsonMessages.WrongPlanLevel, _reader.TokenStartIndex, text, LevelName(code.Value.Level), LevelName(expected), LevelExamples[(int)expected - 1]);
        }

        return code.Value;
    }

    private static string LevelName(PlanLevel level) => level switch
    {
        PlanLevel.Chapter => "chapter (章)",
        PlanLevel.Policy => "policy (政策)",
        _ => "measure (施策)",
    };

    private ValueArray<PlanItem> ReadPlanItems()
    {
        ExpectArray();
        var items = ImmutableArray.CreateBuilder<PlanItem>();
        for (var i = 0; NextElement(i); i++)
        {
            items.Add(ReadPlanItem(null));
            EndElement();
        }

        return items.ToImmutable();
    }

    private ValueArray<SheetItem> ReadSheetItems()
    {
        ExpectArray();
        var items = ImmutableArray.CreateBuilder<SheetItem>();
        for (var i = 0; NextElement(i); i++)
        {
            items.Add(ReadSheetItem());
            EndElement();
        }

        return items.ToImmutable();
    }

    private SheetItem ReadSheetItem()
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? number = null;
        var title = string.Empty;
        ValueArray<string> details = default;
        var members = _map is null ? null : new List<(Field, long)>();
        while (NextProperty(seen, N.SheetItemProperties, out var name))
        {
            members?.Add((name switch { N.Number => Field.ItemNumber, N.Title => Field.ItemTitle, _ => Field.ItemDetails }, _reader.TokenStartIndex));
            switch (name)
            {
                case N.Number:
                    number = _reader.TokenType == JsonTokenType.Null ? null : ReadInt32(JsonMessages.ANumberOrNull);
                    break;
                case N.Title:
                    title = ReadString();
                    break;
                default:
                    details = ReadStrings();
                    break;
            }

            EndProperty();
        }

        Require(seen, N.Title, start);
        var item = new SheetItem(number, title, details);
        Record(item, start, members);
        return item;
    }

    private ValueArray<string> ReadStrings()
    {
        ExpectArray();
        var values = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; NextElement(i); i++)
        {
            values.Add(ReadString());
            EndElement();
        }

        return values.ToImmutable();
    }

    private BudgetAccount? ReadAccount()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectObject(JsonMessages.AnObjectOrNull);
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = new BudgetAccountPart[4];
        while (NextProperty(seen, N.AccountProperties, out var name))
        {
            parts[Array.IndexOf(N.AccountProperties, name)] = ReadAccountPart();
            EndProperty();
        }

        foreach (var required in N.AccountProperties)
        {
            Require(seen, required, start);
        }

        return new BudgetAccount(parts[0], parts[1], parts[2], parts[3]);
    }

    private BudgetAccountPart ReadAccountPart()
    {
        ExpectObject();
        var start = _reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string code = string.Empty, name = string.Empty;
        while (NextProperty(seen, N.AccountPartProperties, out var property))
        {
            if (property == N.Code)
            {
                code = ReadString();
            }
            else
            {
                name = ReadString();
            }

            EndProperty();
        }

        Require(seen, N.Name, start);
        return new BudgetAccountPart(code, name);
    }
}
