namespace Kamiyama.Domain.Rules;

/// <summary>The Japanese labels of model members, for logical paths and related locations (<c>…/実績</c>).</summary>
internal static class MemberLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Target"] = "目標",
        ["Actual"] = "実績",
        ["NextTarget"] = "次年度目標",
        ["Name"] = "名称",
        ["Reason"] = "理由",
        ["FutureActions"] = "今後の取組",
        ["Department"] = "所属",
        ["Strategy"] = "創生総合戦略",
        ["Account"] = "予算科目",
        ["Measures"] = "施策",
        ["Overview"] = "事業概要",
        ["Purpose"] = "目的",
        ["Purposes"] = "目的",
        ["Goals"] = "目標",
        ["Results"] = "実績",
        ["Outcomes"] = "目標値",
        ["Goal"] = "目標",
        ["Activities"] = "活動指標",
        ["Cost"] = "事業費",
        ["Cost.Budget"] = "事業費/予算",
        ["Cost.Actual"] = "事業費/実績",
        ["Cost.NextBudget"] = "事業費/次年度予算",
        ["Staff"] = "従事人工",
        ["Staff.Planned"] = "従事人工/予定",
        ["Staff.Actual"] = "従事人工/実績",
        ["Staff.NextPlanned"] = "従事人工/次年度予定",
    };

    internal static string Of(string member) => Labels.GetValueOrDefault(member, member);
}
