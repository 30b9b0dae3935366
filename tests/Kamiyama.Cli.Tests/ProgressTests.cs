using System.Text;
using Kamiyama.Domain;
using Kamiyama.Domain.Json;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Cli.Tests;

/// <summary>Reading many files shows progress on a terminal, and nothing of it when standard error is redirected.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-progress-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string[] Documents()
    {
        var sample = TextSheetSource.Bundled().Read().Document;
        var sheets = sample.Sheets;
        return [.. Enumerable.Range(0, 3).Select(i =>
        {
            var path = Path.Combine(_folder.FullName, $"part{i}.json");
            File.WriteAllText(path, EvaluationJson.Serialize(new EvaluationDocument(sample.FiscalYear, sheets.Skip(i * 5).Take(5), sample.Plan.Name)));
            return path;
        })];
    }

    [Fact]
    public void OnATerminal_ReadingShowsItsProgress_AndClearsTheLine()
    {
        var files = Documents();
        using var stderrBytes = new MemoryStream();
        using var stdout = new MemoryStream();
        int exit;
        using (var stderr = new TerminalWriter(stderrBytes) { AutoFlush = true })
        {
            exit = KamiyamaCommand.Run(["export", .. files], new MemoryStream(), stdout, stderr);
        }

        var shown = Encoding.UTF8.GetString(stderrBytes.ToArray());
        Assert.Equal(0, exit);
        Assert.StartsWith("\rreading ", shown, StringComparison.Ordinal);
        Assert.Contains($"\rreading 3/3 {files[2]}", shown, StringComparison.Ordinal);
        var cleared = shown[shown.LastIndexOf("\rreading 3/3", StringComparison.Ordinal)..];
        Assert.Matches("^\\rreading 3/3 [^\\r]*\\r +\\r$", cleared);
        Assert.DoesNotContain("reading", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_ReadingIsSilent()
    {
        var run = CliRun.Of(["export", .. Documents()]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }
}
