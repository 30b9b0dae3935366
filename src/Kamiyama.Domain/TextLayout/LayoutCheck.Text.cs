using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Text;
using Codes = Kamiyama.Domain.Sources.WriterDiagnosticCodes;

namespace Kamiyama.Domain.TextLayout;

/// <summary>Lines, paragraphs and characters: what every value of the layout is checked by.</summary>
internal sealed partial class LayoutCheck
{
    private static readonly System.Buffers.SearchValues<char> Unwritable = System.Buffers.SearchValues.Create("\0\t\n\r");

    private static readonly HashSet<string> HeaderLabels = [Labels.Department, Labels.Project, Labels.Account, Labels.Measure, Labels.Strategy];

    /// <summary>A value written on a line of its own, or as part of <paramref name="written"/>; false when refused.</summary>
    private bool LineValue(string value, string written, in Place place) =>
        OneLineTrimmed(value, place) && Structure(new Line(1, written), written, place);

    /// <summary>A cell of the 事業 sheet's header rows; false when refused.</summary>
    private bool HeaderCell(string value, in Place place)
    {
        if (!OneLineTrimmed(value, place))
        {
            return false;
        }

        if (HeaderLabels.Contains(value))
        {
            Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeaderLabel, value);
            return false;
        }

        return true;
    }

    /// <summary>Whether the reader takes the line for what the writer means (a paragraph): not a heading, not a sheet's start.</summary>
    private bool Structure(Line line, string text, in Place place, int number = 0)
    {
        if (line.Heading.Label != Label.None)
        {
            if (number == 0)
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeading, text, HeadingName(line.Heading.Label));
            }
            else
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsHeadingInLine, number, text, HeadingName(line.Heading.Label));
            }

            return false;
        }

        if (Labels.IsProjectHeader(line))
        {
            if (number == 0)
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsProjectHeader, text);
            }
            else
            {
                Refuse(Codes.ReadsAsLayout, place, Messages.ReadsAsProjectHeaderInLine, number, text);
            }

            return false;
        }

        return true;
    }

    private static string HeadingName(Label label) => label switch
    {
        Label.Department => "所属 (the start of a 施策 sheet)",
        Label.Plan => Labels.Plan,
        Label.Measure => Labels.Measure,
        Label.Strategy => Labels.Strategy,
        Label.Purpose => Labels.Purpose,
        Label.Goals => Labels.Goals,
        Label.Results => Labels.Results,
        Label.Reason => Labels.Reason,
        Label.FutureActions => Labels.FutureActions,
        _ => Labels.Overview,
    };

    /// <summary>Paragraphs separated by LF (理由, 今後の取組, 事業概要, 目的): each a line of the layout.</summary>
    private void Paragraphs(string text, in Place place)
    {
        if (text.Length == 0)
        {
            return;
        }

        var start = 0;
        for (var number = 1; ; number++)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (!Paragraph(text, start, length, number, place) || end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    private bool Paragraph(string text, int start, int length, int number, in Place place)
    {
        var span = text.AsSpan(start, length);
        if (span.IsEmpty)
        {
            Refuse(Codes.LineBreak, place, Messages.EmptyParagraph, number);
            return false;
        }

        if (!Characters(span, start, place, lineBreaks: false))
        {
            return false;
        }

        if (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1]))
        {
            Refuse(Codes.Spacing, place, Messages.EdgeSpaceInLine, number, span.ToString());
            return false;
        }

        return Structure(new Line(number, text, start, length), span.ToString(), place, number);
    }

    /// <summary>A one-line value: no line break, tab, NUL or lone surrogate, and nothing the reader trims.</summary>
    private bool OneLineTrimmed(string value, in Place place)
    {
        if (!OneLine(value, place))
        {
            return false;
        }

        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            Refuse(Codes.Spacing, place, Messages.EdgeSpace, value);
            return false;
        }

        return true;
    }

    private bool OneLine(string value, in Place place) => Characters(value, 0, place, lineBreaks: true);

    /// <summary>Refuses the first character the layout cannot hold; <paramref name="offset"/> is where the span starts in its value.</summary>
    private bool Characters(ReadOnlySpan<char> text, int offset, in Place place, bool lineBreaks)
    {
        // Nearly every value has none of them: one vectorised search, and a character walk only when it finds one.
        var first = Math.Min((uint)text.IndexOfAny(Unwritable), (uint)text.IndexOfAnyInRange('\uD800', '\uDFFF'));
        if (first == uint.MaxValue)
        {
            return true;
        }

        for (var i = (int)first; i < text.Length; i++)
        {
            var c = text[i];
            var at = offset + i + 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var refusal = c switch
            {
                _ when char.IsSurrogate(c) => (Codes.InvalidCharacter, Messages.Format(Messages.LoneSurrogate, at, (int)c)),
                '\0' => (Codes.InvalidCharacter, Messages.Format(Messages.NulInLayout, at)),
                '\t' => (Codes.Tab, Messages.Format(Messages.TabInLayout, at)),
                '\r' => (Codes.LineBreak, Messages.Format(Messages.CarriageReturn, at)),
                '\n' when lineBreaks => (Codes.LineBreak, Messages.Format(Messages.LineBreakInLine, at)),
                _ => default((string, string)?),
            };
            if (refusal is var (code, detail))
            {
                Refuse(code, place, "{0}", detail);
                return false;
            }
        }

        return true;
    }
}
