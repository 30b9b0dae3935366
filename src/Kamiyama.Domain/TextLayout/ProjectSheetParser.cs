using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.TextLayout;

/// <summary>
/// Reads a 事業 sheet: the header, the 所属/事業/予算科目 and 施策/創生総合戦略 rows, 事業概要, 目的, the table
/// (目標, 活動指標, 事業費（千円）, 従事人工), 理由, 今後の取組.
/// </summary>
internal static class ProjectSheetParser
{
    private static readonly HashSet<string> HeaderLabels = [Labels.Department, Labels.Project, Labels.Account, Labels.Measure, Labels.Strategy];

    private static readonly (string Label, Field Member)[] HeaderMembers =
    [
        (Labels.Department, Field.Department),
        (Labels.Project, Field.Name),
        (Labels.Account, Field.Account),
        (Labels.Measure, Field.Measures),
        (Labels.Strategy, Field.Strategy),
    ];

    private static readonly (Label Label, Field Member)[] SectionMembers = [(Label.Overview, Field.Overview), (Label.Purpose, Field.Purpose)];

    private static readonly Field[] CostMembers = [Field.CostBudget, Field.CostActual, Field.CostNextBudget];

    private static readonly Field[] StaffMembers = [Field.StaffPlanned, Field.StaffActual, Field.StaffNextPlanned];

    internal static ProjectSheet? Parse(IReadOnlyList<Line> block, ReaderContext context, FiscalYearTracker fiscalYear, List<string> unrecognized)
    {
        var header = block[0];
        fiscalYear.Observe(header.ContentSpan.Trim(), header.Number, header.FirstColumn);
        var sections = SheetSections.Collect(block.Skip(1), context);
        foreach (var line in sections.Loose)
        {
            TableParser.Unrecognized(line, context, unrecognized, Messages.UnrecognizedLine);
        }

        foreach (var section in sections.All.Where(s => s.Label is not (Label.Overview or Label.Purpose or Label.Reason or Label.FutureActions)))
        {
            foreach (var line in section.Lines.Prepend(section.Heading))
            {
                TableParser.Unrecognized(line, context, unrecognized, Messages.UnrecognizedLine);
            }
        }

        var fields = ReadHeaderRows(sections.HeaderRows, context, unrecognized);
        if (!fields.TryGetValue(Labels.Project, out var nameCell) || nameCell.Cells.All(c => c.Text.Length == 0))
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, header.Number, 1, Messages.MissingProjectName);
            return null;
        }

        var (name, carriedOver) = ProjectSheet.SplitName(nameCell.Cells.First(c => c.Text.Length > 0).Text);
        if (name.Length == 0)
        {
            // 事業 （繰越） alone: the carried-over mark of no name.
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, header.Number, 1, Messages.MissingProjectName);
            return null;
        }

        var department = First(fields, Labels.Department) is { } d ? new Department(d.Text) : null;
        if (department is null)
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (fields.GetValueOrDefault(Labels.Department).Line ?? header).Number, 1, Messages.MissingField, "the department (所属)");
        }

        var account = ReadAccount(fields, header, context, unrecognized);
        var measures = ReadMeasures(fields, header, context, unrecognized);
        var strategyCell = First(fields, Labels.Strategy);
        var strategyRow = fields.GetValueOrDefault(Labels.Strategy).Line;
        var (strategy, _) = SheetFields.Strategy(strategyCell?.Text, (strategyRow ?? header).Number, strategyCell?.Column ?? 1, context, strategyRow);

        Indicator? goal = null;
        var activities = new List<Indicator>();
        TableRow? costRow = null;
        TableRow? staffRow = null;
        foreach (var row in TableParser.Parse(sections.TableRows, context, fiscalYear, unrecognized))
        {
            switch (row.Label)
            {
                case Labels.GoalRow when goal is null && !row.IsContinuation:
                    goal = row.IsEmpty ? null : SheetFields.Indicator(row, IndicatorKind.Qualitative, context);
                    break;
                case Labels.ActivityRow:
                    if (!row.IsEmpty)
                    {
                        activities.Add(SheetFields.Indicator(row, IndicatorKind.Activity, context));
                    }

                    break;
                case Labels.CostRow when costRow is null:
                    costRow = row;
                    break;
                case Labels.StaffRow when staffRow is null:
                    staffRow = row;
                    break;
                case Labels.GoalRow or Labels.CostRow or Labels.StaffRow:
                    context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, row.Line.Number, row.Line.FirstColumn, Messages.RowRepeated, row.Label);
                    unrecognized.Add(row.Line.Content);
                    break;
                default:
                    TableParser.UnknownRow(row, context, unrecognized);
                    break;
            }
        }

        var cost = costRow is null ? CostLine.Blank : new CostLine(TableParser.Money(costRow, 0, context, unrecognized), TableParser.Money(costRow, 1, context, unrecognized), TableParser.Money(costRow, 2, context, unrecognized));
        var staff = staffRow is null ? StaffLine.Blank : new StaffLine(TableParser.Staff(staffRow, 0, context, unrecognized), TableParser.Staff(staffRow, 1, context, unrecognized), TableParser.Staff(staffRow, 2, context, unrecognized));
        foreach (var (row, what) in new[] { (costRow, Labels.CostRow), (staffRow, Labels.StaffRow) })
        {
            if (row is null)
            {
                context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, header.Number, 1, Messages.MissingField, $"the {what} row");
            }
            else if (row.Name.Text.Length > 0)
            {
                TableParser.Unrecognized(row.Line, context, unrecognized, Messages.UnrecognizedLine);
            }
        }

        var sheet = new ProjectSheet
        {
            Department = department,
            Strategy = strategy,
            Name = name,
            IsCarriedOver = carriedOver,
            Account = account,
            Measures = measures,
            Overview = sections[Label.Overview]?.Text ?? string.Empty,
            Purpose = sections[Label.Purpose]?.Text ?? string.Empty,
            Goal = goal,
            Activities = activities.ToValueArray(),
            Cost = cost,
            Staff = staff,
            Reason = sections[Label.Reason]?.Text ?? string.Empty,
            FutureActions = sections[Label.FutureActions]?.Text ?? string.Empty,
            Unrecognized = unrecognized.ToValueArray(),
        };
        SheetFields.MapCommon(sheet, header, sections, null, null, context);
        MapFields(sheet, fields, sections, costRow, staffRow, context);
        return sheet;
    }

    private static Dictionary<string, (Line? Line, List<Cell> Cells)> ReadHeaderRows(List<Line> rows, ReaderContext context, List<string> unrecognized)
    {
        var fields = new Dictionary<string, (Line? Line, List<Cell> Cells)>();
        foreach (var line in rows)
        {
            string? current = null;
            foreach (var cell in line.Cells())
            {
                if (HeaderLabels.Contains(cell.Text))
                {
                    current = cell.Text;
                    if (fields.ContainsKey(current))
                    {
                        context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, cell.Column, Messages.SectionRepeated, current, fields[current].Line?.Number);
                        unrecognized.Add(line.Content);
                        current = null;
                        continue;
                    }

                    fields[current] = (line, []);
                }
                else if (current is not null)
                {
                    fields[current].Cells.Add(cell);
                }
                else if (cell.Text.Length > 0)
                {
                    context.Report(ReaderDiagnosticCodes.Unrecognized, DiagnosticSeverity.Warning, line.Number, cell.Column, Messages.UnrecognizedLine, cell.Text);
                    unrecognized.Add(cell.Text);
                }
            }
        }

        return fields;
    }

    private static Cell? First(Dictionary<string, (Line? Line, List<Cell> Cells)> fields, string label) =>
        fields.TryGetValue(label, out var field) && field.Cells.FirstOrDefault(c => c.Text.Length > 0) is { Text.Length: > 0 } cell ? cell : null;

    private static BudgetAccount? ReadAccount(Dictionary<string, (Line? Line, List<Cell> Cells)> fields, Line header, ReaderContext context, List<string> unrecognized)
    {
        if (First(fields, Labels.Account) is not { } cell)
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (fields.GetValueOrDefault(Labels.Account).Line ?? header).Number, 1, Messages.MissingField, "the budget account (予算科目)");
            return null;
        }

        var result = BudgetAccount.Read(cell.Text);
        if (result.Success)
        {
            return result.Value;
        }

        context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, fields[Labels.Account].Line!.Number, cell.Column + result.Position, Messages.InvalidAccount, result.Message);
        unrecognized.Add(cell.Text);
        return null;
    }

    private static ValueArray<PlanItem> ReadMeasures(Dictionary<string, (Line? Line, List<Cell> Cells)> fields, Line header, ReaderContext context, List<string> unrecognized)
    {
        if (!fields.TryGetValue(Labels.Measure, out var field) || field.Cells.All(c => c.Text.Length == 0))
        {
            context.Report(ReaderDiagnosticCodes.MissingField, DiagnosticSeverity.Error, (field.Line ?? header).Number, 1, Messages.MissingField, "the linked measures (施策)");
            return ValueArray<PlanItem>.Empty;
        }

        var items = new List<PlanItem>();
        foreach (var cell in field.Cells.Where(c => c.Text.Length > 0))
        {
            var split = SplitMeasures(cell.Text);
            if (split is null)
            {
                context.Report(ReaderDiagnosticCodes.InvalidField, DiagnosticSeverity.Error, field.Line!.Number, cell.Column, Messages.InvalidLinkedMeasure, cell.Text);
                unrecognized.Add(cell.Text);
                continue;
            }

            items.AddRange(split);
        }

        return items.ToValueArray();
    }

    /// <summary>Splits <c>5-2-1 地域自治活動の育成 6-2-1 効率的な行政運営の推進</c> at each measure code.</summary>
    internal static List<PlanItem>? SplitMeasures(string text)
    {
        var items = new List<(PlanCode Code, List<string> Title)>();
        foreach (var token in text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            var code = PlanCode.Read(token);
            if (code.Success && code.Value.Level == PlanLevel.Measure)
            {
                items.Add((code.Value, []));
            }
            else if (items.Count > 0)
            {
                items[^1].Title.Add(token);
            }
            else
            {
                return null;
            }
        }

        return [.. items.Select(i => new PlanItem(i.Code, string.Join(' ', i.Title)))];
    }

    private static void MapFields(ProjectSheet sheet, Dictionary<string, (Line? Line, List<Cell> Cells)> fields, SheetSections sections, TableRow? costRow, TableRow? staffRow, ReaderContext context)
    {
        foreach (var (label, member) in HeaderMembers)
        {
            if (fields.TryGetValue(label, out var field) && field.Line is { } line)
            {
                var cell = field.Cells.FirstOrDefault(c => c.Text.Length > 0);
                context.Map(sheet, line.Number, cell.Column > 0 ? cell.Column : 1, member);
            }
        }

        foreach (var (label, member) in SectionMembers)
        {
            if (sections[label] is { } section)
            {
                var at = section.Lines.Count > 0 ? section.Lines[0] : section.Heading;
                context.Map(sheet, at.Number, at.FirstColumn, member);
            }
        }

        MapFigures(sheet, costRow, Field.Cost, CostMembers, context);
        MapFigures(sheet, staffRow, Field.Staff, StaffMembers, context);
    }

    private static void MapFigures(ProjectSheet sheet, TableRow? row, Field member, Field[] columnMembers, ReaderContext context)
    {
        if (row is null)
        {
            return;
        }

        context.Map(sheet, row.Line.Number, row.Line.FirstColumn, member);
        for (var i = 0; i < 3; i++)
        {
            context.Map(sheet, row.Line.Number, row.Values[i].Column, columnMembers[i]);
        }
    }
}
