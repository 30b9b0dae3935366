namespace Kamiyama.Domain.Values;

/// <summary>What a cell of a sheet holds: a value, a not-applicable mark, or nothing.</summary>
public enum FigureKind
{
    /// <summary>空欄 — the cell is empty.</summary>
    Blank = 0,

    /// <summary>該当なし — the cell holds a not-applicable mark (－, —).</summary>
    NotApplicable = 1,

    /// <summary>The cell holds a value.</summary>
    Value = 2,
}
