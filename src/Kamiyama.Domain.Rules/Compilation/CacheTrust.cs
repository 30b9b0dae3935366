using System.Security.Cryptography;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// Whether a cache entry was written by this user's own engine after it compiled and gated the rules. Every entry is
/// sealed with an HMAC-SHA256 under a secret kept in the cache folder (<c>.trust-key</c>, readable by its owner only),
/// so an assembly that someone else planted in the folder, even with its hash in a manifest, is refused and the rules
/// are compiled again. The cache is not used at all when the folder or the key can be written or read by other users.
/// </summary>
internal static class CacheTrust
{
    private const string KeyFile = ".trust-key";
    private const int KeyBytes = 32;

    private const UnixFileMode OthersMayWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private const UnixFileMode OthersMayAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The folder's key, made on first use; null when the folder cannot be trusted (then the cache is not used).</summary>
    public static byte[]? Key(string directory, bool create)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                if (!create)
                {
                    return null;
                }

                CreatePrivateDirectory(directory);
            }

            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(directory) & OthersMayWrite) != 0)
            {
                return null;
            }

            var path = Path.Combine(directory, KeyFile);
            if (!File.Exists(path))
            {
                return create ? CreateKey(path) : null;
            }

            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayAccess) != 0)
            {
                return null;
            }

            if (new FileInfo(path).LinkTarget is not null)
            {
                return null;
            }

            var key = File.ReadAllBytes(path);
            return key.Length == KeyBytes ? key : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The seal of an entry: the cache key, the assembly and the manifest, under the folder's secret.</summary>
    public static byte[] Seal(byte[] key, string entryKey, byte[] assembly, byte[] manifest)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var part in new[] { System.Text.Encoding.UTF8.GetBytes(entryKey), assembly, manifest })
        {
            hmac.AppendData(BitConverter.GetBytes((long)part.Length));
            hmac.AppendData(part);
        }

        return hmac.GetHashAndReset();
    }

    /// <summary>Whether a seal read from disk is the entry's.</summary>
    public static bool Verify(byte[] key, string entryKey, byte[] assembly, byte[] manifest, byte[] seal) =>
        CryptographicOperations.FixedTimeEquals(Seal(key, entryKey, assembly, manifest), seal);

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static byte[]? CreateKey(string path)
    {
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first: use theirs if it is ours to trust.
            var existing = File.ReadAllBytes(path);
            return existing.Length == KeyBytes ? existing : null;
        }
    }
}
