namespace Kamiyama.Domain.Budget;

/// <summary>One level of a 予算科目: a code as the city numbers it (<c>02</c>) and a name (<c>総務費</c>).</summary>
/// <param name="Code">The code as written (leading zeros kept); empty when the sheet gives only a name.</param>
/// <param name="Name">The name.</param>
public sealed record BudgetAccountPart(string Code, string Name)
{
    /// <summary>The code as a number, or <see langword="null"/> when there is none.</summary>
    public int? Number => int.TryParse(Code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The part as sheets write it: code then name (<c>02総務費</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + Name;
}
