using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Sources;
using Kamiyama.Domain.Tests.Text;
using Kamiyama.Domain.TextLayout;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.TextLayout;

public class RobustnessTests
{
    private static readonly string[] Lines = BundledSample.ReadText().Split('\n');

    private static void AssertReadable(byte[] bytes)
    {
        var result = TextSheetSource.FromBytes(bytes, "mutant.txt").Read();
        var lineCount = 1 + bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r');

        Assert.NotNull(result.Document);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.InRange(d.Position!.Value.Line, 1, Math.Max(1, lineCount));
            Assert.True(d.Position!.Value.Column >= 1);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        });

        // Whatever was read can be written and read again without losing a sheet, or the writer says which value of which
        // sheet it cannot hold (a damaged sheet keeps lines such as a stray heading or a table row as unrecognised).
        var refused = TextLayoutWriter.Check(result.Document);
        if (refused.IsEmpty)
        {
            var again = TextSheetSource.FromString(TextLayoutWriter.Write(result.Document), "again.txt").Read();
            Assert.Equal(result.Document.Sheets.Count, again.Document.Sheets.Count);
        }
        else
        {
            Assert.All(refused, d => Assert.True(d.Code.StartsWith("KRW", StringComparison.Ordinal) && d.Origin == DiagnosticOrigin.Writer && d.Location.Path.Length > 0, d.ToString()));
            Assert.Throws<ArgumentException>(() => TextLayoutWriter.Write(result.Document));
        }
    }

    [Fact]
    public void Read_LineMutations_NeverThrowAndEveryDiagnosticHasALine()
    {
        var mutation = Gen.Select(Gen.Int[0, 4], Gen.Int[0, Lines.Length - 1], Gen.Int[0, Lines.Length - 1], Gen.Int[0, 200]);
        mutation.Sample(
            (kind, a, b, cut) =>
            {
                var lines = Lines.ToList();
                switch (kind)
                {
                    case 0:
                        lines.RemoveAt(a);
                        break;
                    case 1:
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                        break;
                    case 2:
                        lines = lines.Take(a).ToList();
                        break;
                    case 3:
                        lines[a] = lines[a][..Math.Min(cut, lines[a].Length)];
                        break;
                    default:
                        lines.Insert(a, lines[b]);
                        break;
                }

                AssertReadable(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
            },
            iter: 3000);
    }

    [Fact]
    public void Read_ByteMutations_NeverThrow()
    {
        var sample = System.Text.Encoding.UTF8.GetBytes(BundledSample.ReadText());
        Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte, Gen.Int[0, sample.Length]).Sample(
            (index, value, truncate) =>
            {
                var bytes = sample.Take(truncate).ToArray();
                if (index < bytes.Length)
                {
                    bytes[index] = value;
                }

                AssertReadable(bytes);
            },
            iter: 1000);
    }

    [Fact]
    public void Read_RandomBytes_NeverThrow() =>
        Gen.Byte.Array[0, 4000].Sample(AssertReadable, iter: 500);

    [Fact]
    public void Read_RandomNumberCells_AreTheOraclesValueOrAnErrorInTheCell()
    {
        // Line 43 is a 目標値 row (quantities), line 70 a 事業費（千円） row (money), both of the first sheet of their kind.
        Gen.Select(NumberTextPropertyTests.Cells, Gen.Int[2, 4], Gen.Bool).Sample(
            (cell, index, cost) =>
            {
                var number = cost ? 70 : 43;
                var lines = (string[])Lines.Clone();
                var cells = lines[number - 1].Split('\t');
                cells[index] = cell;
                lines[number - 1] = string.Join('\t', cells);
                var start = string.Join('\t', cells.Take(index)).Length + 2 + (cell.Length - cell.TrimStart().Length);
                var trimmed = cell.Trim();

                var result = TextSheetSource.FromString(string.Join('\n', lines), "cells.txt").Read();

                var errors = result.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.InvalidNumber).ToList();
                var read = cost
                    ? (object)(index switch { 2 => result.Document.ProjectSheets.First().Cost.Budget, 3 => result.Document.ProjectSheets.First().Cost.Actual, _ => result.Document.ProjectSheets.First().Cost.NextBudget })
                    : (index switch { 2 => result.Document.MeasureSheets.First().Outcomes[0].Target, 3 => result.Document.MeasureSheets.First().Outcomes[0].Actual, _ => result.Document.MeasureSheets.First().Outcomes[0].NextTarget });
                object? expected = trimmed.Length == 0 ? (cost ? Figure<Money>.Blank : IndicatorValue.Empty)
                    : cost ? NumberTextPropertyTests.OracleMoney(trimmed) is { } money ? Figure<Money>.Of(money) : null
                    : NumberTextPropertyTests.Oracle(trimmed) is { } q ? IndicatorValue.Of(NumberTextPropertyTests.ToDecimal(q.Mantissa, q.Scale, q.Negative), q.Unit.Length == 0 ? Unit.None : new Unit(q.Unit)) : null;

                if (expected is not null)
                {
                    Assert.Empty(errors);
                    Assert.Equal(expected, read);
                    return;
                }

                var error = Assert.Single(errors);
                Assert.Equal(number, error.Position!.Value.Line);
                Assert.InRange(error.Position!.Value.Column, start, start + trimmed.Length);
            },
            iter: 600);
    }
}
