// KMY009 — a mandatory section of a sheet is empty.
public sealed class MissingSection : Rule<Sheet>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY009",
        Title = "必須の欄が空欄",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "構成",
        MessageFormat = "「{section}」が空欄です。",
        Description = "所属、創生総合戦略、目標の実現に向けた今後の取組は全シートで、目的・目標値は施策シートで、事業概要・目的は事業シートで必須です。空欄の欄ごとに1件報告します。",
        English = new()
        {
            Title = "Required field is blank",
            MessageFormat = "\"{section}\" is blank.",
            Description = "所属 (department), 創生総合戦略 and 目標の実現に向けた今後の取組 are required on every sheet; 目的 and 目標値 on measure sheets; 事業概要 and 目的 on project sheets. One finding per blank field.",
        },
    };

    public override void Check(Sheet sheet, RuleContext context)
    {
        var missing = new List<(string Section, Field Field)>();
        if (sheet.Department is null)
        {
            missing.Add(("所属", Field.Department));
        }

        if (sheet.Strategy is null)
        {
            missing.Add(("創生総合戦略", Field.Strategy));
        }

        switch (sheet)
        {
            case MeasureSheet measure:
                if (measure.Purposes.IsEmpty)
                {
                    missing.Add(("目的", Field.Purposes));
                }

                if (measure.Outcomes.IsEmpty)
                {
                    missing.Add(("目標値", Field.Outcomes));
                }

                break;
            case ProjectSheet project:
                if (string.IsNullOrWhiteSpace(project.Overview))
                {
                    missing.Add(("事業概要", Field.Overview));
                }

                if (string.IsNullOrWhiteSpace(project.Purpose))
                {
                    missing.Add(("目的", Field.Purpose));
                }

                break;
        }

        if (string.IsNullOrWhiteSpace(sheet.FutureActions))
        {
            missing.Add(("目標の実現に向けた今後の取組", Field.FutureActions));
        }

        foreach (var (section, member) in missing)
        {
            context.Report(("section", section)).At(sheet, member);
        }
    }
}
