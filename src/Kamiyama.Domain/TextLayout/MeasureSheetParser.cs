using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Reads a 施策 sheet: 所属, 振興計画 (chapter and policy), 施策, 創生総合戦略, 目的, 目標, 実績, 目標値 table, 理由, 今後の取組.</summary>
internal static class MeasureSheetParser
{
    private static readonly (Label Label, Field Member)[] SectionMembers =
    [
        (Label.Purpose, Field.Purposes),
        (Label.Goals, Field.Goals),
        (Label.Results, Field.Results),
        (Label.Plan, Field.Chapter),
    ];

    internal static MeasureSheet? Parse(IReadOnlyList<Line> block, ReaderContext context, FiscalYearTracker fiscalYear, List<string> unrecognized)
    {
        var sections = SheetSections.Collect(block, context);
        foreach (var line in sections.Loose.Concat(sections.HeaderRows))
        {
            TableParser.Unrecognized(line, context, unrecognized, Messages.UnrecognizedLine);
        }

        var (measureText, measureLine) = sections.Single(Label.Measure, context, unrecognized);
        var measure = measureText is null ? null : ReadItem(measureText, PlanLevel.Measure);
        if (measure is null)
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (measureLine ?? block[0]).Number, 1, measureText is null ? Messages.MissingMeasureCode : SourceText.Format(Messages.InvalidMeasure, measureText) + " The sheet was skipped.");
            return null;
        }

        var (chapter, policy) = ReadPlan(sections, measure, block[0], context, unrecognized);
        var (department, departmentLine) = SheetFields.Department(sections, context, unrecognized, block[0]);
        var (strategy, strategyLine) = SheetFields.Strategy(sections, context, unrecognized, block[0]);
        var rows = TableParser.Parse(sections.TableRows, context, fiscalYear, unrecognized);
        var outcomes = new List<Indicator>();
        foreach (var row in rows)
        {
            if (row.Label != Labels.OutcomeRow)
            {
                TableParser.UnknownRow(row, context, unrecognized);
            }
            else if (!row.IsEmpty)
            {
                outcomes.Add(SheetFields.Indicator(row, IndicatorKind.Outcome, context));
            }
        }

        var sheet = new MeasureSheet
        {
            Department = department,
            Strategy = strategy,
            Chapter = chapter,
            Policy = policy,
            Measure = measure,
            Purposes = ItemParser.Parse(sections[Label.Purpose], context),
            Goals = ItemParser.Parse(sections[Label.Goals], context),
            Results = ItemParser.Parse(sections[Label.Results], context),
            Outcomes = outcomes.ToValueArray(),
            Reason = sections[Label.Reason]?.Text ?? string.Empty,
            FutureActions = sections[Label.FutureActions]?.Text ?? string.Empty,
            Unrecognized = unrecognized.ToValueArray(),
        };
        SheetFields.MapCommon(sheet, block[0], sections, departmentLine, strategyLine, context);
        context.Map(sheet, measureLine!.Number, measureLine.FirstColumn, Field.MeasureItem);
        foreach (var (label, member) in SectionMembers)
        {
            if (sections[label] is { } section)
            {
                context.Map(sheet, section.Heading.Number, section.Heading.FirstColumn, member);
            }
        }

        if (sections.TableRows.Count > 0)
        {
            context.Map(sheet, sections.TableRows[0].Number, 1, Field.Outcomes);
        }

        return sheet;
    }

    /// <summary>Reads <c>5-1-1 title</c> at the given level, or null.</summary>
    internal static PlanItem? ReadItem(string text, PlanLevel level)
    {
        var position = 0;
        if (PlanCode.TryRead(text, ref position, out var code, out _) is not null || code.Level != level)
        {
            return null;
        }

        if (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            return null;
        }

        return new PlanItem(code, text[position..].Trim());
    }

    private static (PlanItem Chapter, PlanItem Policy) ReadPlan(SheetSections sections, PlanItem measure, Line start, ReaderContext context, List<string> unrecognized)
    {
        var policyCode = measure.Code.Parent!.Value;
        var chapterCode = policyCode.Parent!.Value;
        PlanItem? chapter = null;
        PlanItem? policy = null;
        var section = sections[Label.Plan];
        var lines = section?.Lines ?? [];
        if (section?.Inline is { } inline)
        {
            lines = [new Line(section.Heading.Number, inline), .. lines];
        }

        if (lines.Count > 0)
        {
            var text = lines[0].ContentSpan.Trim().ToString();
            chapter = ReadChapter(text);
            if (chapter is null)
            {
                context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, lines[0].Number, lines[0].FirstColumn, Messages.InvalidChapter, text);
            }
        }

        if (lines.Count > 1)
        {
            var text = lines[1].ContentSpan.Trim().ToString();
            policy = ReadItem(text, PlanLevel.Policy);
            if (policy is null)
            {
                context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, lines[1].Number, lines[1].FirstColumn, Messages.InvalidPolicy, text);
            }
        }

        foreach (var extra in lines.Skip(2))
        {
            TableParser.Unrecognized(extra, context, unrecognized, Messages.UnrecognizedLine);
        }

        if (section is null || lines.Count < 2)
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (section?.Heading ?? start).Number, 1, Messages.MissingField, "the 振興計画 chapter and policy lines ('第5章 …', '5-1 …')");
        }

        if (policy is not null && policy.Code != policyCode)
        {
            context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, lines[1].Number, lines[1].FirstColumn, Messages.CodeOutsideParent, "施策", measure.Code, "政策", policy.Code);
            policy = null;
        }

        if (chapter is not null && chapter.Code != chapterCode)
        {
            context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, lines[0].Number, lines[0].FirstColumn, Messages.CodeOutsideParent, "施策", measure.Code, "章", chapter.Code);
            chapter = null;
        }

        return (chapter ?? new PlanItem(chapterCode, string.Empty), policy ?? new PlanItem(policyCode, string.Empty));
    }

    internal static PlanItem? ReadChapter(string text)
    {
        if (!text.StartsWith('第'))
        {
            return null;
        }

        var position = 1;
        if (!JapaneseText.TryReadInteger(text, ref position, out var number) || number is < 1 or > 999 || position >= text.Length || text[position] != '章')
        {
            return null;
        }

        return new PlanItem(new PlanCode(number), text[(position + 1)..].Trim());
    }
}
