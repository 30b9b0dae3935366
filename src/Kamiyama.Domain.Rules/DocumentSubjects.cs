using System.Runtime.InteropServices;
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
        return Enumerate(SubjectTable.Of(document));
    }

    private static IEnumerable<Subject> Enumerate(SubjectTable table)
    {
        for (var i = 0; i < table.Count; i++)
        {
            yield return table.At(i);
        }
    }

    /// <summary>
    /// <c>sheet/目標値/name</c>; an indicator whose row and name repeat an earlier one of the same sheet gets <c>#2</c>,
    /// <c>#3</c> … (counted only when a path is needed).
    /// </summary>
    internal static string IndicatorPath(Subject subject, int index)
    {
        var sheet = (Sheet)subject.Parent!.Value;
        var indicator = (Indicator)subject.Value;
        var path = $"{subject.Parent.Path}/{RowName(indicator.Kind)}/{indicator.Name}";
        var earlier = 0;
        for (var i = 0; i < index; i++)
        {
            var other = SheetIndicators.At(sheet, i);
            if (other.Kind == indicator.Kind && string.Equals(other.Name, indicator.Name, StringComparison.Ordinal))
            {
                earlier++;
            }
        }

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
        IndicatorKind.Outcome => Field.Outcomes.Label,
        IndicatorKind.Activity => Field.Activities.Label,
        _ => Field.Goal.Label,
    };

    /// <summary>
    /// The unique path of each sheet: its own path (<see cref="SheetPath"/>), or, when an earlier sheet has the same one,
    /// that path with <c>#2</c>, <c>#3</c> … — the smallest number whose path is neither any sheet's own path nor given
    /// out already. A number suffix never makes two paths equal (the text after the last <c>#</c> tells them apart), so
    /// only the sheets' own paths need remembering, not every numbered one.
    /// </summary>
    internal static string[] SheetPaths(IReadOnlyList<Sheet> sheets)
    {
        var own = new string[sheets.Count];
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = SheetPath(sheets[i]);
            next.TryAdd(own[i], 0);
        }

        var paths = new string[own.Length];
        for (var i = 0; i < own.Length; i++)
        {
            var path = own[i];
            ref var n = ref CollectionsMarshal.GetValueRefOrNullRef(next, path);
            if (n == 0)
            {
                (paths[i], n) = (path, 2);
                continue;
            }

            var candidate = $"{path}#{n}";
            while (next.ContainsKey(candidate))
            {
                candidate = $"{path}#{++n}";
            }

            (paths[i], n) = (candidate, n + 1);
        }

        return paths;
    }
}
