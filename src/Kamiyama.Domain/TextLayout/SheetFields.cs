using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Fields that both kinds of sheet share.</summary>
internal static class SheetFields
{
    private static readonly (Label Label, Field Member)[] ClosingMembers = [(Label.Reason, Field.Reason), (Label.FutureActions, Field.FutureActions)];

    internal static (Department? Value, Line? At) Department(SheetSections sections, ReaderContext context, List<string> unrecognized, Line start)
    {
        var (text, at) = sections.Single(Label.Department, context, unrecognized);
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (at ?? start).Number, 1, Messages.MissingField, "the department (所属)");
            return (null, at);
        }

        return (new Department(text), at);
    }

    internal static (StrategyLink? Value, Line? At) Strategy(SheetSections sections, ReaderContext context, List<string> unrecognized, Line start)
    {
        var (text, at) = sections.Single(Label.Strategy, context, unrecognized);
        return Strategy(text, at?.Number ?? start.Number, at?.FirstColumn ?? 1, context, at);
    }

    internal static (StrategyLink? Value, Line? At) Strategy(string? text, int line, int column, ReaderContext context, Line? at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Warning, line, column, Messages.MissingField, "the 創生総合戦略 link (or 該当なし)");
            return (null, at);
        }

        return (StrategyLink.Parse(text), at);
    }

    internal static Indicator Indicator(TableRow row, IndicatorKind kind, ReaderContext context)
    {
        var values = new IndicatorValue[3];
        for (var i = 0; i < 3; i++)
        {
            values[i] = kind == IndicatorKind.Qualitative ? TableParser.Statement(row, i) : TableParser.Quantity(row, i, context);
        }

        var indicator = new Indicator(row.Name.Text, kind, values[0], values[1], values[2]);
        context.Map(indicator, row.Line.Number, row.Name.Column);
        context.Map(indicator, row.Line.Number, row.Name.Column, Field.Name);
        context.Map(indicator, row.Line.Number, row.Values[0].Column, Field.Target);
        context.Map(indicator, row.Line.Number, row.Values[1].Column, Field.Actual);
        context.Map(indicator, row.Line.Number, row.Values[2].Column, Field.NextTarget);
        return indicator;
    }

    /// <summary>Records where the sheet and its shared fields are.</summary>
    internal static void MapCommon(Sheet sheet, Line start, SheetSections sections, Line? departmentLine, Line? strategyLine, ReaderContext context)
    {
        context.Map(sheet, start.Number, start.FirstColumn);
        if (departmentLine is not null)
        {
            context.Map(sheet, departmentLine.Number, departmentLine.FirstColumn, Field.Department);
        }

        if (strategyLine is not null)
        {
            context.Map(sheet, strategyLine.Number, strategyLine.FirstColumn, Field.Strategy);
        }

        foreach (var (label, member) in ClosingMembers)
        {
            if (sections[label] is { } section)
            {
                var at = section.Lines.Count > 0 ? section.Lines[0] : section.Heading;
                context.Map(sheet, at.Number, at.FirstColumn, member);
            }
        }
    }
}
