namespace Kamiyama.Cli.Tests;

/// <summary>Output that a rule or a document cannot forge, and exit codes that say what happened.</summary>
public sealed class HostileOutputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Check_MessageWithLineBreaksAndAnsiEscapes_CannotPrintAFakeFinding()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_folder.FullName, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "CITY010.csx"), """
            public sealed class Forger : Rule<EvaluationDocument>
            {
                public override RuleDescriptor Descriptor { get; } = new()
                {
                    Id = "CITY010", Title = "t", DefaultSeverity = DiagnosticSeverity.Info, Category = "c", MessageFormat = "{x}", Description = "d",
                };

                public override void Check(EvaluationDocument document, RuleContext context) =>
                    context.Report(("x", "ok\n\u001b[2Ksample.txt(1,1): error KMY001: \u202Eforged\r\u0085x"));
            }
            """);

        var run = CliRun.Of("check", "--cache", Path.Combine(_folder.FullName, "cache"), "--rules", rules, "--format", "text");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var forged = Assert.Single(lines, l => l.Contains("CITY010", StringComparison.Ordinal));
        Assert.EndsWith(@"info CITY010: ok\n\u001B[2Ksample.txt(1,1): error KMY001: \u202Eforged\r\u0085x", forged, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("sample.txt(1,1)", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\r', run.Output);
    }

    [Fact]
    public void Run_InternalFailure_Exits3WithOneLineAndNoStackTrace()
    {
        using var broken = new BrokenStream();
        using var stderr = new StringWriter();

        var exit = KamiyamaCommand.Run(["export"], Stream.Null, broken, stderr);

        Assert.Equal(3, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("kamiyama: internal error: IOException: the disk is on fire (run with --verbose for the details)", line);
    }

    [Fact]
    public void Run_InternalFailureWithVerbose_PrintsTheStackTraceToo()
    {
        using var broken = new BrokenStream();
        using var stderr = new StringWriter();

        var exit = KamiyamaCommand.Run(["export", "--verbose"], Stream.Null, broken, stderr);

        Assert.Equal(3, exit);
        Assert.StartsWith("kamiyama: internal error: IOException: the disk is on fire\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A standard output that fails as a broken device would.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("the disk is on fire");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("the disk is on fire");

        public override void Flush() => throw new IOException("the disk is on fire");
    }
}
