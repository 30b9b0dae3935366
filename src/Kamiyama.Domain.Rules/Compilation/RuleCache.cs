using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The disk cache of compiled rule sets: <c>&lt;key&gt;.dll</c> and <c>&lt;key&gt;.manifest</c>, written atomically.
/// The key covers everything the assembly depends on, so an entry is never stale; a torn or corrupt entry is ignored.
/// Every entry is sealed (<see cref="CacheTrust"/>): one that this user's engine did not write is never loaded.
/// Never touches Roslyn.
/// </summary>
internal static class RuleCache
{
    private const string FormatVersion = "kamiyama-rules-cache 2";

    private static readonly Lazy<string> EnvironmentDescription = new(DescribeEnvironment);

    /// <summary>The cache key of a rule set: SHA-256 in lowercase hex.</summary>
    public static string Key(IReadOnlyList<RuleSource> sources) => Key(sources, HostSurface.Empty);

    /// <summary>The cache key of a rule set compiled against host types: each type, and its assembly's name and module version id.</summary>
    public static string Key(IReadOnlyList<RuleSource> sources, HostSurface host)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, EnvironmentDescription.Value);
        foreach (var type in host.Types)
        {
            Add(hash, "host " + type.AssemblyQualifiedName + " " + type.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        foreach (var source in sources)
        {
            Add(hash, source.Path);
            Add(hash, source.Text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads an entry; null when it is missing, torn or corrupt.</summary>
    public static (byte[] Assembly, RuleManifest Manifest)? TryRead(string directory, string key)
    {
        try
        {
            var manifestPath = Path.Combine(directory, key + ".manifest");
            var assemblyPath = Path.Combine(directory, key + ".dll");
            var sealPath = Path.Combine(directory, key + ".seal");
            if (!File.Exists(manifestPath) || !File.Exists(assemblyPath) || !File.Exists(sealPath) || CacheTrust.Key(directory, create: false) is not { } secret)
            {
                return null;
            }

            var manifestBytes = File.ReadAllBytes(manifestPath);
            var assembly = File.ReadAllBytes(assemblyPath);
            if (!CacheTrust.Verify(secret, key, assembly, manifestBytes, File.ReadAllBytes(sealPath)))
            {
                return null;
            }

            var manifest = RuleManifest.Read(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(manifestBytes));
            return manifest is not null && manifest.AssemblyHash == Hash(assembly) ? (assembly, manifest) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes an entry, the assembly first and the seal last, each through a temporary file; failures are ignored.</summary>
    public static void TryWrite(string directory, string key, byte[] assembly, RuleManifest manifest)
    {
        try
        {
            if (CacheTrust.Key(directory, create: true) is not { } secret)
            {
                // A folder others can write to is not used.
                return;
            }

            var manifestBytes = Encoding.UTF8.GetBytes(manifest.Write());
            WriteAtomically(Path.Combine(directory, key + ".dll"), assembly);
            WriteAtomically(Path.Combine(directory, key + ".manifest"), manifestBytes);
            WriteAtomically(Path.Combine(directory, key + ".seal"), CacheTrust.Seal(secret, key, assembly, manifestBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache only costs the next load a compile.
        }
    }

    /// <summary>The SHA-256 of bytes in lowercase hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }

    private static string DescribeEnvironment()
    {
        var parts = new List<string>
        {
            FormatVersion,
            "allow-list " + AllowList.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "runtime " + Environment.Version,
        };
        foreach (var type in new[] { typeof(EvaluationDocument), typeof(IRule), typeof(NodaTime.Instant) })
        {
            parts.Add(type.Assembly.GetName().Name + " " + type.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        parts.Add("roslyn " + RoslynVersion());
        return string.Join('\n', parts);
    }

    /// <summary>Roslyn's version, read from our reference and the file beside us without loading Roslyn.</summary>
    private static string RoslynVersion()
    {
        var self = typeof(RuleCache).Assembly;
        var reference = self.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis.CSharp")?.Version?.ToString() ?? "?";
        var directory = Path.GetDirectoryName(self.Location);
        var file = string.IsNullOrEmpty(directory) ? null : Path.Combine(directory, "Microsoft.CodeAnalysis.dll");
        var fileVersion = file is not null && File.Exists(file) ? FileVersionInfo.GetVersionInfo(file).FileVersion : null;
        return $"{reference} {fileVersion ?? "?"}";
    }
}
