namespace Kamiyama.Domain.Diagnostics;

/// <summary>Which stage said it: the stages a run goes through, in order.</summary>
public enum DiagnosticOrigin
{
    /// <summary>Finding and reading the inputs (<c>KRD…</c>).</summary>
    Reader = 0,

    /// <summary>Reading the rule configuration (<c>KRC…</c>).</summary>
    Configuration = 1,

    /// <summary>Loading the rules: compile, gate, descriptors (<c>KRL…</c>).</summary>
    Load = 2,

    /// <summary>Running the rules: a rule that threw, was stopped or crashed its worker (<c>KRE…</c>).</summary>
    Engine = 3,

    /// <summary>A rule's finding (the code is the rule's id).</summary>
    Finding = 4,

    /// <summary>Writing a document: a value the format cannot hold (<c>KRW…</c>, <see cref="Sources.WriterDiagnosticCodes"/>).</summary>
    Writer = 5,
}
