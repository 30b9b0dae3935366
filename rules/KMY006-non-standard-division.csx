// KMY006 — a 予算科目 whose 款 name is not one of the standard divisions.
public sealed class NonStandardDivision : Rule<ProjectSheet>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY006",
        Title = "予算科目の款が標準の款名でない",
        DefaultSeverity = DiagnosticSeverity.Warning,
        Category = "予算科目",
        MessageFormat = "予算科目の款「{division}」は地方自治法施行規則の標準の款（議会費〜予備費）にありません。",
        Description = "款は市によって番号が異なるため、名称で標準の款（議会費、総務費、民生費、衛生費、労働費、農林水産業費、商工費、土木費、消防費、教育費、災害復旧費、公債費、諸支出金、予備費）と照合します。誤記の可能性があります。",
        English = new()
        {
            Title = "Budget division is not a standard one",
            MessageFormat = "The budget division (款) \"{division}\" is not one of the standard divisions of the Local Autonomy Act's regulations (議会費 to 予備費).",
            Description = "Division numbers differ between cities, so divisions are matched by name against the standard ones (議会費, 総務費, 民生費, 衛生費, 労働費, 農林水産業費, 商工費, 土木費, 消防費, 教育費, 災害復旧費, 公債費, 諸支出金, 予備費). It may be a misspelling.",
        },
    };

    public override void Check(ProjectSheet sheet, RuleContext context)
    {
        if (sheet.Account is not { } account)
        {
            context.NotApplicable();
            return;
        }

        if (account.StandardDivision is null)
        {
            context.Report(("division", account.Division)).At(sheet, Field.Account);
        }
    }
}
