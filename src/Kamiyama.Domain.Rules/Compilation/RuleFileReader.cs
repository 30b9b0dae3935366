using System.Text;
using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Sources;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Reads the rule files of a folder, refusing what is not a rule file (KRL005): a symbolic link that leaves the folder
/// (its target's text would show in compile errors), a file that is empty or not a regular file (a device such as
/// <c>/dev/zero</c> or a named pipe, which would never end or never answer: such files are never opened), a file larger
/// than <see cref="MaxBytes"/>, and text that is not valid UTF-8 (located at its line and column, never turned into
/// U+FFFD silently).
/// </summary>
internal static class RuleFileReader
{
    /// <summary>The largest rule file read.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every <c>*.csx</c> file of a folder in ordinal order of name; problems become diagnostics.</summary>
    public static (List<RuleSource> Sources, List<Diagnostic> Problems) ReadFolder(string directory)
    {
        var sources = new List<RuleSource>();
        var problems = new List<Diagnostic>();
        var root = Path.GetFullPath(directory);
        var realRoot = RealPath(root);
        var names = Directory.EnumerateFileSystemEntries(directory, "*.csx", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 })
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            if (Read(path, realRoot) is var (text, problem) && problem is not null)
            {
                problems.Add(problem);
            }
            else if (text is not null)
            {
                sources.Add(new RuleSource(path, text));
            }
        }

        return (sources, problems);
    }

    private static (string? Text, Diagnostic? Problem) Read(string path, string realRoot)
    {
        try
        {
            FileSystemInfo entry = new FileInfo(path);
            if (entry.LinkTarget is not null)
            {
                var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
                if (target is null || !IsWithin(RealPath(target.FullName), realRoot))
                {
                    return (null, Problem(path, "it is a symbolic link to a file outside the rules folder; copy the file into the folder instead"));
                }

                entry = target;
            }

            if (entry is not FileInfo { Exists: true } file)
            {
                return (null, Problem(path, "it is not a file"));
            }

            if (file.Length == 0)
            {
                // A device or a named pipe reports no length too; opening one could read for ever or wait for ever.
                return (null, Problem(path, "it is empty, or not a regular file (a device or a pipe)"));
            }

            if (file.Length > MaxBytes)
            {
                return (null, Problem(path, $"it is larger than {MaxBytes / 1024} KB"));
            }

            var bytes = ReadAtMost(file.FullName, MaxBytes + 1);
            if (bytes.Length > MaxBytes)
            {
                return (null, Problem(path, $"it is larger than {MaxBytes / 1024} KB"));
            }

            return Decode(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(path, "it cannot be read (" + (e is UnauthorizedAccessException ? "permission denied" : "an input/output error") + ")"));
        }
    }

    /// <summary>UTF-8 text without its byte-order mark, or the position of the first byte that is not UTF-8.</summary>
    internal static (string? Text, Diagnostic? Problem) Decode(string path, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return (Strict.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalid(bytes, start);
            return (null, new Diagnostic(RuleDiagnosticCodes.Unreadable, DiagnosticSeverity.Error, "The rule file is not valid UTF-8 here; save it as UTF-8.", new SourcePosition(path, line, column), DiagnosticOrigin.Load));
        }
    }

    private static (int Line, int Column) FirstInvalid(byte[] bytes, int start)
    {
        var (line, column) = (1, 1);
        for (var i = start; i < bytes.Length;)
        {
            var length = SequenceLength(bytes[i]);
            int chars;
            try
            {
                chars = length == 0 || i + length > bytes.Length ? -1 : Strict.GetCharCount(bytes, i, length);
            }
            catch (DecoderFallbackException)
            {
                chars = -1;
            }

            if (chars < 0)
            {
                return (line, column);
            }

            (line, column) = bytes[i] == (byte)'\n' ? (line + 1, 1) : (line, column + chars);
            i += length;
        }

        return (line, column);
    }

    private static int SequenceLength(byte first) => first switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };

    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(limit, (int)Math.Min(int.MaxValue, Math.Max(stream.Length, 0) + 1))];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private static Diagnostic Problem(string path, string why) =>
        new(RuleDiagnosticCodes.Unreadable, DiagnosticSeverity.Error, $"The file is not read as a rule file: {why}.", new SourcePosition(path, 1, 1), DiagnosticOrigin.Load);

    private static string RealPath(string path)
    {
        // Resolve every link on the way, so that a folder reached through a link still contains its own files.
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = target.FullName;
            }
        }

        return current;
    }

    private static bool IsWithin(string path, string root) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
