namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// The kinds of frame between the host and a rule worker. A frame is its kind (one byte), the length of its payload (four
/// bytes, little-endian) and the payload, written with <see cref="BinaryWriter"/>.
/// </summary>
internal enum Frames : byte
{
    /// <summary>Host to worker: the rule assembly and its rule types.</summary>
    Load = 1,

    /// <summary>Host to worker: the options and the document of a run (DocumentCodec).</summary>
    Document = 2,

    /// <summary>Host to worker: run one rule (its id; whether to announce each subject).</summary>
    Run = 3,

    /// <summary>Host to worker: exit.</summary>
    Exit = 4,

    /// <summary>Worker to host: ready for the next command (after a load: nothing; after a document: its subject count).</summary>
    Ready = 10,

    /// <summary>Worker to host: the rule is about to be called on a subject (when announcing).</summary>
    Calling = 11,

    /// <summary>Worker to host: an outcome that is not a pass, with the raw reports of a fail.</summary>
    Outcome = 12,

    /// <summary>Worker to host: the rule is done (how it ended).</summary>
    Done = 13,

    /// <summary>Worker to host: still alive and making progress.</summary>
    Progress = 14,

    /// <summary>Worker to host: a command could not be carried out (the text says why).</summary>
    Failed = 15,
}
