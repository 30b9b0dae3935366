namespace Kamiyama.Domain.Budget;

/// <summary>
/// 歳出予算の款 — the standard divisions of a municipality's general-account expenditure, in the order of the
/// 地方自治法施行規則 (別記 歳出予算に関する説明書の様式). Cities renumber them (a city without 労働費 shifts the rest),
/// so a division is recognised by its name, not its number.
/// </summary>
public static class StandardDivisions
{
    /// <summary>The standard divisions with their standard numbers, from 議会費 (1) to 予備費 (14).</summary>
    public static ValueArray<BudgetAccountPart> All { get; } =
    [
        new("1", "議会費"),
        new("2", "総務費"),
        new("3", "民生費"),
        new("4", "衛生費"),
        new("5", "労働費"),
        new("6", "農林水産業費"),
        new("7", "商工費"),
        new("8", "土木費"),
        new("9", "消防費"),
        new("10", "教育費"),
        new("11", "災害復旧費"),
        new("12", "公債費"),
        new("13", "諸支出金"),
        new("14", "予備費"),
    ];

    /// <summary>The standard division with this name, or <see langword="null"/> when the name is not standard.</summary>
    /// <param name="name">A division name such as 総務費.</param>
    /// <returns>The standard division, or <see langword="null"/>.</returns>
    public static BudgetAccountPart? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return All.FirstOrDefault(d => string.Equals(d.Name, trimmed, StringComparison.Ordinal));
    }
}
