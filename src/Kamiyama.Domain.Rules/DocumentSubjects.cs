using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// The subjects of an evaluation document, in document order: the document (<c>/</c>), each sheet (its code or project
/// name), each indicator under its sheet (<c>5-3-1/目標値/人権擁護委員による市内の啓発・相談回数</c>).
/// </summary>
public static class DocumentSubjects
{
    /// <summary>Every subject of the document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The subjects.</returns>
    public static IEnumerable<Subject> Of(EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = new Subject(document, "/");
        yield return root;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in document.Sheets)
        {
            var subject = new Subject(sheet, Unique(SheetPath(sheet), seen), root);
            yield return subject;
            var index = 0;
            foreach (var indicator in sheet.Indicators)
            {
                yield return new Subject(indicator, subject, index++, IndicatorPathOf);
            }
        }
    }

    /// <summary>
    /// <c>sheet/目標値/name</c>; an indicator whose row and name repeat an earlier one of the same sheet gets <c>#2</c>,
    /// <c>#3</c> … (counted only when a path is needed).
    /// </summary>
    private static readonly Func<Subject, int, string> IndicatorPathOf = IndicatorPath;

    private static string IndicatorPath(Subject subject, int index)
    {
        var sheet = (Sheet)subject.Parent!.Value;
        var indicator = (Indicator)subject.Value;
        var path = $"{subject.Parent.Path}/{RowName(indicator.Kind)}/{indicator.Name}";
        var earlier = sheet.Indicators.Take(index).Count(i => i.Kind == indicator.Kind && string.Equals(i.Name, indicator.Name, StringComparison.Ordinal));
        return earlier == 0 ? path : $"{path}#{earlier + 1}";
    }

    /// <summary>The logical path of a sheet: the measure code (<c>5-3-1</c>) or the project title (<c>総務一般管理費（繰越）</c>).</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The path.</returns>
    public static string SheetPath(Sheet sheet) => sheet switch
    {
        MeasureSheet measure => measure.Code.ToString(),
        ProjectSheet project => project.Title,
        _ => sheet.Title,
    };

    /// <summary>The row name of an indicator kind as sheets write it: 目標値, 活動指標, 目標.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string RowName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Outcome => "目標値",
        IndicatorKind.Activity => "活動指標",
        _ => "目標",
    };

    // Each path remembers the next suffix to try, so that a path repeated k times costs O(k), not O(k²): every smaller
    // suffix is already taken, and taken paths stay taken. The value of a path no suffix was tried for yet is 2.
    private static string Unique(string path, Dictionary<string, int> seen)
    {
        if (seen.TryAdd(path, 2))
        {
            return path;
        }

        var n = seen[path];
        var candidate = $"{path}#{n}";
        while (!seen.TryAdd(candidate, 2))
        {
            candidate = $"{path}#{++n}";
        }

        seen[path] = n + 1;
        return candidate;
    }
}
