using System.Text;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>Files in a rules folder that are not rule files: each is refused with KRL005 at that file, and never opened when opening could hang.</summary>
public sealed class RuleFolderTests : IDisposable
{
    private readonly TempCache _cache = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kamiyama-rule-folders", Guid.NewGuid().ToString("N"));
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "kamiyama-rule-folders", Guid.NewGuid().ToString("N") + "-secret.txt");

    public RuleFolderTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "KMY001.csx"), RuleText.ReasonRequired);
    }

    public void Dispose()
    {
        _cache.Dispose();
        Directory.Delete(_folder, recursive: true);
        File.Delete(_outside);
    }

    [Fact]
    public void LoadDirectory_SymlinkToAFileOutsideTheFolder_IsRefused_AndItsTextNeverShows()
    {
        File.WriteAllText(_outside, "password=hunter2 this is not C#");
        File.CreateSymbolicLink(Path.Combine(_folder, "secret.csx"), _outside);

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Path.Combine(_folder, "secret.csx")}(1,1): error KRL005: The file is not read as a rule file: it is a symbolic link to a file outside the rules folder; copy the file into the folder instead.", refusal.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_SymlinkToAFileInsideTheFolder_Loads()
    {
        File.WriteAllText(Path.Combine(_folder, "shared.txt"), RuleText.Rule("Linked", "KMY960", "        return;"));
        File.CreateSymbolicLink(Path.Combine(_folder, "linked.csx"), Path.Combine(_folder, "shared.txt"));

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
        Assert.Equal(["KMY001", "KMY960"], rules!.Descriptors.Select(d => d.Id));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void LoadDirectory_SymlinkToADevice_IsRefused(string device)
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "device.csx"), device);

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);

        Assert.Null(result.RuleSet);
        Assert.Equal("KRL005", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void LoadDirectory_NamedPipe_IsRefusedWithoutOpeningIt()
    {
        // Opening a pipe with no writer waits for ever; the reader must decide before it opens anything.
        var pipe = Path.Combine(_folder, "pipe.csx");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);

        Assert.Null(result.RuleSet);
        Assert.Equal("The file is not read as a rule file: it is empty, or not a regular file (a device or a pipe).", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void LoadDirectory_HugeFile_IsRefused()
    {
        File.WriteAllText(Path.Combine(_folder, "huge.csx"), "// " + new string('x', RuleFileReader.MaxBytes));

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);

        Assert.Null(result.RuleSet);
        Assert.Equal("The file is not read as a rule file: it is larger than 1024 KB.", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 3, 5)]
    [InlineData(new byte[] { 0xE3, 0x81 }, 3, 5)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 3, 5)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 3, 5)]
    public void LoadDirectory_InvalidUtf8_IsADiagnosticAtItsLineAndColumn(byte[] invalid, int line, int column)
    {
        // Line 3 is "// 理" then the bad bytes: column 5 follows 理, one character.
        var bytes = Encoding.UTF8.GetBytes("// one\n// two\n// 理").Concat(invalid).Concat(Encoding.UTF8.GetBytes("\npublic sealed class X { }\n")).ToArray();
        File.WriteAllBytes(Path.Combine(_folder, "bad.csx"), bytes);

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);

        Assert.Null(result.RuleSet);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("KRL005", "The rule file is not valid UTF-8 here; save it as UTF-8."), (problem.Code, problem.Message));
        Assert.Equal((line, column), (problem.Position!.Value.Line, problem.Position!.Value.Column));
    }

    [Fact]
    public void LoadDirectory_ByteOrderMark_IsNotPartOfTheText()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bom.csx"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RuleText.Rule("Bom", "KMY961", "        return;"))]);

        var result = RuleLoader.LoadDirectory(_folder, _cache.Options);
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
    }
}
