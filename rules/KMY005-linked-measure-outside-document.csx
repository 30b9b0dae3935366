// KMY005 — a project linked to a 施策 that has no sheet in the loaded documents.
public sealed class LinkedMeasureOutsideDocument : Rule<ProjectSheet>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "KMY005",
        Title = "関連施策が読み込んだ文書にない",
        DefaultSeverity = DiagnosticSeverity.Info,
        Category = "構成",
        MessageFormat = "関連する施策 {measure} のシートは、読み込んだ文書にありません。",
        Description = "事業シートが関連付ける施策のシートが読み込んだ文書にないとき知らせます。他の章の施策であれば問題ありません。すべての章を読み込んで確認してください。",
        English = new()
        {
            Title = "Linked measure not in the document",
            MessageFormat = "The sheet of the linked measure {measure} is not in the documents read.",
            Description = "Tells when a project sheet links to a measure whose sheet is not in the documents read. That is fine for a measure of another chapter; read every chapter to check.",
        },
    };

    public override void Check(ProjectSheet sheet, RuleContext context)
    {
        if (context.Document is not { } document || sheet.Measures.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        foreach (var measure in sheet.Measures.Where(m => document.FindMeasureSheet(m.Code) is null))
        {
            context.Report(("measure", measure)).At(sheet, Field.Measures);
        }
    }
}
