using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Values;

/// <summary>
/// 単位 — the unit an indicator counts in (%, 人, 回, 件, 団体 …). The set is open but has a shape: a unit is a known
/// unit or words of letters (kanji, kana with ー, Latin …; a super- or subscript digit may follow a letter, as in m²)
/// joined by <c>/</c> or <c>・</c>, or a unit symbol (% ‰ ℃ ㎡ ㎞ …), optionally followed by a qualifier in brackets:
/// <c>件数</c>, <c>人/日</c>, <c>人・日</c>, <c>人（延べ）</c>. Digits, spaces between words and other punctuation are not
/// part of a unit, so <c>%%</c>, <c>.3 %</c> or <c>e400 %</c> are not units and a reader refuses the cell with a
/// diagnostic instead of keeping a misread number. <see cref="IsKnown"/> says whether the unit is one of the common
/// ones. Units compare by their folded symbol, so ％ and % are the same unit.
/// </summary>
public readonly struct Unit : IEquatable<Unit>, IComparable<Unit>
{
    private static readonly string[] KnownSymbols =
    [
        "%", "人", "回", "件", "団体", "地区", "校", "日", "冊", "ツアー", "箇所", "か所", "社", "世帯", "戸", "台", "本", "棟", "人日", "時間", "km", "m", "ha", "t", "円", "千円", "店舗", "事業所", "施設", "点",
        "㎡", "m²", "℃", "kg", "L", "ポイント", "倍", "か月",
    ];

    private readonly string? _symbol;

    /// <summary>
    /// Creates a unit from its symbol as a sheet writes it. The constructor enforces the same shape the readers do, so
    /// the model never holds a unit that the text layout or JSON could not read back.
    /// </summary>
    /// <param name="symbol">The symbol; surrounding white space is trimmed and full-width ASCII folded.</param>
    /// <exception cref="ArgumentException">The symbol is empty, starts with a digit or is not the shape of a unit.</exception>
    public Unit(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var folded = Normalize(symbol);
        if (UnitPattern.Check(folded) is { } problem)
        {
            throw new ArgumentException(problem, nameof(symbol));
        }

        _symbol = folded;
    }

    /// <summary>No unit: a bare number.</summary>
    public static Unit None => default;

    /// <summary>% — a percentage.</summary>
    public static Unit Percent { get; } = new("%");

    /// <summary>人 — people.</summary>
    public static Unit Person { get; } = new("人");

    /// <summary>回 — times (occurrences).</summary>
    public static Unit Times { get; } = new("回");

    /// <summary>件 — cases.</summary>
    public static Unit Case { get; } = new("件");

    /// <summary>団体 — organisations.</summary>
    public static Unit Organization { get; } = new("団体");

    /// <summary>地区 — districts.</summary>
    public static Unit District { get; } = new("地区");

    /// <summary>校 — schools.</summary>
    public static Unit School { get; } = new("校");

    /// <summary>日 — days.</summary>
    public static Unit Day { get; } = new("日");

    /// <summary>冊 — volumes (books).</summary>
    public static Unit Volume { get; } = new("冊");

    /// <summary>ツアー — tours.</summary>
    public static Unit Tour { get; } = new("ツアー");

    /// <summary>The common units, in a stable order.</summary>
    public static ValueArray<Unit> Known { get; } = [.. KnownSymbols.Select(s => new Unit(s))];

    /// <summary>The symbol (% or 団体); empty for <see cref="None"/>.</summary>
    public string Symbol => _symbol ?? string.Empty;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => _symbol is null;

    /// <summary>Whether this is one of the <see cref="Known"/> units.</summary>
    public bool IsKnown => _symbol is not null && KnownSymbols.Contains(_symbol, StringComparer.Ordinal);

    /// <summary>Whether this is <see cref="Percent"/>.</summary>
    public bool IsPercent => _symbol == "%";

    /// <summary>Whether two units are the same.</summary>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Whether two units differ.</summary>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);

    /// <summary>Whether the first unit sorts before the second (ordinal by symbol).</summary>
    public static bool operator <(Unit left, Unit right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first unit sorts after the second.</summary>
    public static bool operator >(Unit left, Unit right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first unit sorts before or with the second.</summary>
    public static bool operator <=(Unit left, Unit right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first unit sorts after or with the second.</summary>
    public static bool operator >=(Unit left, Unit right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Unit other) => string.Equals(_symbol, other._symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _symbol is null ? 0 : StringComparer.Ordinal.GetHashCode(_symbol);

    /// <inheritdoc />
    public int CompareTo(Unit other) => string.CompareOrdinal(_symbol, other._symbol);

    /// <inheritdoc />
    public override string ToString() => Symbol;

    /// <summary>A unit from a cell's text, reusing the known units so that reading allocates nothing for them.</summary>
    internal static Unit FromSpan(ReadOnlySpan<char> symbol)
    {
        foreach (var known in Known)
        {
            if (symbol.SequenceEqual(known.Symbol))
            {
                return known;
            }
        }

        return new Unit(symbol.ToString());
    }

    internal static string Normalize(string symbol)
    {
        var trimmed = symbol.AsSpan().Trim();
        return string.Create(trimmed.Length, trimmed.ToString(), static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = JapaneseText.Fold(source[i]);
            }
        });
    }
}
