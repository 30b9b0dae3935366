namespace Kamiyama.Domain.Rules.Tests.Compilation;

/// <summary>Tests that count compiles or watch the garbage collector run apart from the others.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
