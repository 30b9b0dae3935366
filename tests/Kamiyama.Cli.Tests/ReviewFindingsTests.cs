using System.Globalization;
using System.Text;
using Kamiyama.Domain;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli.Tests;

/// <summary>
/// Problems found in review of <c>kamiyama report</c>, <c>--base</c>, <c>--output</c> and the terminal progress. Each
/// test fails today and says what is wrong and what the command should do instead.
/// </summary>
public sealed class ReviewFindingsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-review-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Cache => Path.Combine(_folder.FullName, "cache");

    private string[] Documents(Func<int, string> name)
    {
        var sample = TextSheetSource.Bundled().Read().Document;
        return [.. Enumerable.Range(0, 3).Select(i =>
        {
            var path = Path.Combine(_folder.FullName, name(i));
            File.WriteAllText(path, EvaluationJson.Serialize(new EvaluationDocument(sample.FiscalYear, sample.Sheets.Skip(i * 5).Take(5), sample.Plan.Name)));
            return path;
        })];
    }

    // TerminalProgress pads and clears by text.Length, UTF-16 code units; a terminal shows a Japanese (East Asian Wide)
    // character in two columns. With the file names this tool is made for (施策評価シート_….json) the "\r" + padding of
    // the next line, and the spaces Dispose writes to clear the line, cover about half of what was shown, so the end
    // of a long name stays on the terminal after reading ends — and the doc says "nothing of it stays". (A line of 100
    // wide characters is also 200 columns, wider than most terminals: it wraps, and "\r" then rewrites only the last
    // row, so the progress scrolls.) Correct: measure and cut in terminal columns (wide characters count two), and
    // keep the line within the terminal's width.
    [Fact]
    public void OnATerminal_TheProgressLine_IsClearedAsWideAsItWasShown()
    {
        var files = Documents(i => string.Create(CultureInfo.InvariantCulture, $"令和4年度施策評価シート第5章総務部企画課{i}.json"));
        using var stderrBytes = new MemoryStream();
        using (var stderr = new TerminalWriter(stderrBytes) { AutoFlush = true })
        {
            Assert.Equal(0, KamiyamaCommand.Run(["export", .. files], new MemoryStream(), new MemoryStream(), stderr));
        }

        var shown = Encoding.UTF8.GetString(stderrBytes.ToArray());
        var lines = shown.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        var widest = lines.Where(l => l.StartsWith("reading", StringComparison.Ordinal)).Max(Columns);
        var clearedWith = lines[^1].Length;
        Assert.True(lines[^1].All(c => c == ' '));
        Assert.True(clearedWith >= widest, $"The line was {widest} columns wide but was cleared with {clearedWith} spaces.");
    }

    // `--base` takes a DirectoryInfo and never checks it: a typo (--base ./dosc) is accepted silently, no path is under
    // it, and the report the user meant to publish carries every absolute path of the machine (/home/<user>/…), which
    // is what --base is for. Correct: a --base folder that does not exist is an error (exit 2, one line on stderr),
    // as a --config file that does not exist is.
    [Fact]
    public void Base_AFolderThatDoesNotExist_IsAnError()
    {
        var files = Documents(i => string.Create(CultureInfo.InvariantCulture, $"part{i}.json"));
        var missing = Path.Combine(_folder.FullName, "no-such-folder");

        var run = CliRun.Of(["report", "--cache", Cache, "--format", "json", "--base", missing, .. files]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
    }

    // An input named by a relative path (as typed: kamiyama report ../../data/r4.json --base /abs/data) keeps that
    // relative path in the report, because ReportView only relativises rooted paths: the report names folders above
    // the base (here the whole way up to the machine's temporary folder), and in SARIF the path is tagged SRCROOT (the
    // base) though it is relative to the current folder. Correct: paths are made full against the current folder
    // first, so the report says part0.json whichever way the input was named.
    [Fact]
    public void Base_AnInputNamedByARelativePath_IsWrittenRelativeToTheBase()
    {
        var files = Documents(i => string.Create(CultureInfo.InvariantCulture, $"part{i}.json"));
        var relative = files.Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)).ToArray();
        Assert.All(relative, r => Assert.False(Path.IsPathRooted(r)));

        var run = CliRun.Of(["check", "--cache", Cache, "--base", _folder.FullName, .. relative]);

        Assert.Contains("part0.json(", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Name, run.Output, StringComparison.Ordinal);
    }

    // `--output` may name one of the inputs: the document is read, then File.Create truncates it and the report is
    // written over it. A slip of the shell (kamiyama report r4.json -f json -o r4.json) destroys the evaluation document
    // without a word, and the next run reads a JSON report as a document. Correct: an output that is one of the inputs
    // is refused before anything is written (exit 2, one line on stderr), and the input is left as it was.
    [Fact]
    public void Output_ThatIsAnInput_IsRefused_AndTheInputIsKept()
    {
        var files = Documents(i => string.Create(CultureInfo.InvariantCulture, $"part{i}.json"));
        var before = File.ReadAllText(files[0]);

        var run = CliRun.Of(["report", "--cache", Cache, "--format", "json", "--output", files[0], .. files]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(files[0]));
    }

    /// <summary>Terminal columns: East Asian Wide and Fullwidth characters take two.</summary>
    private static int Columns(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
