using System.Diagnostics.CodeAnalysis;
using Kamiyama.Domain.Text;

namespace Kamiyama.Domain.Values;

/// <summary>
/// 値 — what one cell of an indicator holds. A closed set of cases: a <see cref="Quantity"/> (17.0 %, 17 団体, 6回),
/// <see cref="NotApplicable"/> (－, －人, —), <see cref="Blank"/> (an empty cell), or a <see cref="Statement"/>
/// (the text of a qualitative 目標 state). Match on the case: <c>value is IndicatorValue.Quantity q</c>.
/// </summary>
public abstract record IndicatorValue
{
    private IndicatorValue()
    {
    }

    /// <summary>An empty cell.</summary>
    public static IndicatorValue Empty { get; } = new Blank();

    /// <summary>What the cell holds.</summary>
    public abstract FigureKind Kind { get; }

    /// <summary>The number, when this is a <see cref="Quantity"/>.</summary>
    public decimal? Number => this is Quantity q ? q.Value : null;

    /// <summary>The unit of a <see cref="Quantity"/> or <see cref="NotApplicable"/> (－人 is in 人); <see cref="Values.Unit.None"/> otherwise.</summary>
    public Unit UnitOrNone => this switch
    {
        Quantity q => q.Unit,
        NotApplicable n => n.Unit,
        _ => Values.Unit.None,
    };

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue Of(decimal value, Unit unit) => new Quantity(value, unit);

    /// <summary>Parses a cell of a quantitative indicator; throws for text that is not a value.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text is not a number with a unit, a not-applicable mark or blank.</exception>
    public static IndicatorValue Parse(string text) => Read(text).Value;

    /// <summary>Parses a cell of a quantitative indicator without throwing.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="value">The value, or <see cref="Empty"/> when parsing failed.</param>
    /// <returns>Whether the text is a value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorValue value)
    {
        if (text is null)
        {
            value = Empty;
            return false;
        }

        return Read(text).TryGetValue(Empty, out value);
    }

    /// <summary>
    /// Parses a cell of a quantitative indicator: a number with an optional unit (<c>17.0 %</c>, <c>１２，０００人</c>,
    /// <c>△5</c>), a not-applicable mark with an optional unit (<c>－</c>, <c>－人</c>, <c>—</c>), or blank. Never throws
    /// for bad input. Digits are grouped in threes (<c>1,2,3</c> is refused), a number has one decimal point, a value a
    /// <see cref="decimal"/> does not hold exactly is refused rather than rounded, and what follows the number must be a
    /// <see cref="Values.Unit"/> (<c>17.0 %%</c> and <c>1e400 %</c> are refused at the unit).
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The value, or where and why the text is not one.</returns>
    public static ParseResult<IndicatorValue> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var position = JapaneseText.SkipWhiteSpace(span, 0);
        if (position == span.Length)
        {
            return ParseResult<IndicatorValue>.ForValue(Empty, text);
        }

        var start = position;
        var error = NumberText.TryRead(span, ref position, out var number);
        if (error is null)
        {
            return ReadUnit(text, position, out var unit) ?? ParseResult<IndicatorValue>.ForValue(new Quantity(number, unit), text);
        }

        var signed = NumberText.IsNegativeMark(span[start]) && start + 1 < span.Length && JapaneseText.IsAsciiOrWideDigit(span[start + 1]);
        if (JapaneseText.IsAsciiOrWideDigit(span[start]) || signed || position > start + 1)
        {
            // It began as a number: report what went wrong inside it.
            return ParseResult<IndicatorValue>.ForError(text, position, error);
        }

        if (IsNotApplicableMark(span[start]))
        {
            // A run of marks is one mark (―― is a long dash); a digit after the marks is not a unit.
            var end = start + 1;
            while (end < span.Length && IsNotApplicableMark(span[end]))
            {
                end++;
            }

            var rest = JapaneseText.SkipWhiteSpace(span, end);
            if (rest == span.Length || !JapaneseText.IsAsciiOrWideDigit(span[rest]))
            {
                return ReadUnit(text, end, out var unit) ?? ParseResult<IndicatorValue>.ForValue(new NotApplicable(unit), text);
            }
        }

        return ParseResult<IndicatorValue>.ForError(text, start, Messages.ExpectedIndicatorValue);
    }

    /// <summary>
    /// Reads the unit after a number or a mark (<see cref="Values.Unit.None"/> when nothing follows); returns null when
    /// the rest of the text is a unit (<see cref="UnitPattern"/>), or the error at its start.
    /// </summary>
    private static ParseResult<IndicatorValue>? ReadUnit(string text, int position, out Unit unit)
    {
        unit = Values.Unit.None;
        var span = text.AsSpan();
        var unitStart = JapaneseText.SkipWhiteSpace(span, position);
        var symbol = span[unitStart..].TrimEnd();
        if (symbol.IsEmpty)
        {
            return null;
        }

        if (UnitPattern.Check(symbol) is { } problem)
        {
            return ParseResult<IndicatorValue>.ForError(text, unitStart, problem);
        }

        unit = Values.Unit.FromSpan(symbol);
        return null;
    }

    /// <summary>Whether a character is one of the marks sheets use for "not applicable" (－ — ― ‐ - −).</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it marks a not-applicable cell.</returns>
    internal static bool IsNotApplicableMark(char c) => c is '－' or '—' or '―' or '‐' or '-' or '−' or '–' or 'ー';

    /// <summary>A number with its unit: <c>17.0 %</c>, <c>17 団体</c>, <c>6回</c>.</summary>
    /// <param name="Value">The number, with the scale it was written with (17.0 stays 17.0).</param>
    /// <param name="Unit">The unit; <see cref="Values.Unit.None"/> for a bare number.</param>
    public sealed record Quantity(decimal Value, Unit Unit) : IndicatorValue
    {
        /// <inheritdoc />
        public override FigureKind Kind => FigureKind.Value;

        /// <inheritdoc />
        public override string ToString() => NumberText.Format(Value, triangleForNegative: false) + Unit.Symbol;
    }

    /// <summary>該当なし — a cell marked not applicable (<c>－</c>, <c>－人</c>, <c>—</c>): not a value and not a difference.</summary>
    /// <param name="Unit">The unit written after the mark (人 in <c>－人</c>), or <see cref="Values.Unit.None"/>.</param>
    public sealed record NotApplicable(Unit Unit) : IndicatorValue
    {
        /// <inheritdoc />
        public override FigureKind Kind => FigureKind.NotApplicable;

        /// <inheritdoc />
        public override string ToString() => "－" + Unit.Symbol;
    }

    /// <summary>空欄 — an empty cell.</summary>
    public sealed record Blank : IndicatorValue
    {
        /// <inheritdoc />
        public override FigureKind Kind => FigureKind.Blank;

        /// <inheritdoc />
        public override string ToString() => string.Empty;
    }

    /// <summary>The text of a qualitative 目標 state (<c>採用希望者からの問合せが多数ある状態</c>).</summary>
    /// <param name="Text">The text as written.</param>
    public sealed record Statement(string Text) : IndicatorValue
    {
        /// <inheritdoc />
        public override FigureKind Kind => FigureKind.Value;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
