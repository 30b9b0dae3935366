using Kamiyama.Domain.Sheets;

namespace Kamiyama.Benchmarks;

/// <summary>The globals a hand-rolled CSharpScript check sees: the indicator and its sheet.</summary>
public sealed class ScriptGlobals
{
    /// <summary>The indicator checked.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Its sheet.</summary>
    public required Sheet Sheet { get; init; }
}
