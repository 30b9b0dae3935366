using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// Where in its rule file an exception was thrown: the innermost frame in a compiled rule assembly, mapped through the
/// portable PDB embedded in that assembly (the runtime reads no symbols of an assembly loaded from memory, so the engine
/// reads them itself). Rule assemblies are registered when loaded, in the host and in a worker.
/// </summary>
internal static class RuleLines
{
    private static readonly ConditionalWeakTable<Assembly, Symbols> Registered = [];

    /// <summary>Registers a loaded rule assembly with the bytes it was loaded from.</summary>
    public static void Register(Assembly assembly, byte[] image) => Registered.AddOrUpdate(assembly, new Symbols(image));

    /// <summary><c> (at rules/KMY001.csx line 14)</c> for the innermost rule frame of the exception; empty when unknown.</summary>
    public static string Of(Exception exception)
    {
        try
        {
            foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
            {
                if (frame.GetMethod() is { } method && Registered.TryGetValue(method.Module.Assembly, out var symbols)
                    && symbols.Line(method.MetadataToken, frame.GetILOffset()) is var (file, line))
                {
                    return string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (at {file} line {line})");
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // No line rather than no error: the description stands without it.
        }

        return string.Empty;
    }

    private sealed class Symbols(byte[] image)
    {
        private MetadataReaderProvider? _pdb;
        private bool _read;

        public (string File, int Line)? Line(int methodToken, int ilOffset)
        {
            if (ilOffset < 0 || Reader() is not { } reader)
            {
                return null;
            }

            var handle = MetadataTokens.MethodDefinitionHandle(methodToken & 0x00FFFFFF);
            (string, int)? best = null;
            foreach (var point in reader.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (point.Offset > ilOffset)
                {
                    break;
                }

                if (!point.IsHidden)
                {
                    best = (reader.GetString(reader.GetDocument(point.Document).Name), point.StartLine);
                }
            }

            return best;
        }

        private MetadataReader? Reader()
        {
            lock (this)
            {
                if (!_read)
                {
                    _read = true;
                    using var pe = new PEReader(new MemoryStream(image, writable: false));
                    var entry = pe.ReadDebugDirectory().FirstOrDefault(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
                    _pdb = entry.DataSize > 0 ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry) : null;
                }

                return _pdb?.GetMetadataReader();
            }
        }
    }
}
