using System.Text;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// The rule worker's side (<c>Kamiyama.Domain.Rules.Worker</c> calls <see cref="Run"/>): loads the rule assembly the host
/// sends, reads each document, runs one rule at a time with the same loop as a run in process, and streams back the
/// outcomes that are not a pass and the raw reports; the host makes the findings. A thread beside the rules tells the host
/// every 100 ms that the worker is alive while it handles a frame, but only while no rule call is running or calls go on
/// being made: a call stuck in framework code falls silent, and the host's watchdog ends the worker. Between runs (the
/// worker kept by the host's set) it waits silently for the next document.
/// </summary>
internal static class WorkerMain
{
    private const int HeartbeatMilliseconds = 100;

    public static int Run(Stream input, Stream output)
    {
        var writer = new FrameWriter(new BufferedStream(output, 1 << 16));
        var state = new CallState();
        using var stop = new CancellationTokenSource();
        var heartbeat = new Thread(() => Heartbeat(writer, state, stop.Token)) { IsBackground = true, Name = "Kamiyama worker heartbeat" };
        heartbeat.Start();
        try
        {
            return RuleEvaluator.OnLargeStack(() => Loop(input, writer, state), RuleEvaluator.WorkerStackSize);
        }
        finally
        {
            stop.Cancel();
        }
    }

    private static void Heartbeat(FrameWriter writer, CallState state, CancellationToken stop)
    {
        var last = -1L;
        while (!stop.WaitHandle.WaitOne(HeartbeatMilliseconds))
        {
            var sequence = Volatile.Read(ref state.Sequence);
            if (Volatile.Read(ref state.Busy) && (sequence != last || !Volatile.Read(ref state.InCall)))
            {
                last = sequence;
                try
                {
                    writer.Write(Frames.Progress);
                }
                catch (IOException)
                {
                    return;
                }
            }
        }
    }

    private static int Loop(Stream input, FrameWriter writer, CallState state)
    {
        Dictionary<string, IRule> rules = [];
        RuleAssemblyContext? context = null;
        Session? run = null;
        while (Idle(state) && FrameWriter.Read(input) is var (kind, payload))
        {
            Volatile.Write(ref state.Busy, true);
            using var reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            try
            {
                switch (kind)
                {
                    case Frames.Load:
                        context?.Dispose();
                        (context, rules) = Load(WorkerCodec.ReadLoad(reader));
                        writer.Write(Frames.Ready, w => w.Write(rules.Count));
                        break;
                    case Frames.Document:
                        run = Read(reader);
                        writer.Write(Frames.Ready, w => w.Write(run.Subjects.Count));
                        break;
                    case Frames.Run:
                        var id = reader.ReadString();
                        var announce = reader.ReadBoolean();
                        var rulesLeft = reader.ReadInt32();
                        if (run is null || !rules.TryGetValue(id, out var rule))
                        {
                            writer.Write(Frames.Failed, w => w.Write(run is null ? "No document was sent." : $"The worker could not create the rule {id}."));
                            break;
                        }

                        var end = RuleEvaluator.RunRule(rule, run.Subjects, run.Subjects.Walk(rule.SubjectType), run.Options, run.Deadline, rulesLeft, run.Document, new WireSink(writer, run, announce, state));
                        writer.Write(Frames.Done, w => w.Write((byte)end));
                        break;
                    case Frames.Exit:
                        writer.Flush();
                        return 0;
                    default:
                        writer.Write(Frames.Failed, w => w.Write($"Unknown frame {kind}."));
                        break;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                writer.Write(Frames.Failed, w => w.Write($"{e.GetType().Name}: {ExceptionText.Message(e)}"));
            }
        }

        return 0;
    }

    private static (RuleAssemblyContext Context, Dictionary<string, IRule> Rules) Load(RuleImage image)
    {
        var context = new RuleAssemblyContext("Kamiyama.Rules.Worker");
        using var stream = new MemoryStream(image.Assembly, writable: false);
        var assembly = context.LoadFromStream(stream);
        RuleLines.Register(assembly, image.Assembly);
        var rules = RuleActivator.Create(assembly, image.RuleTypes, []);
        return (context, rules.ToDictionary(r => r.Descriptor.Id, StringComparer.Ordinal));
    }

    private static Session Read(BinaryReader reader)
    {
        var (options, left, count, encoded) = WorkerCodec.ReadDocument(reader);
        var document = DocumentCodec.Decode(encoded);
        var subjects = SubjectTable.Of(document);
        return subjects.Count == count
            ? new Session(options, RuleEvaluator.Deadline(left), document, subjects)
            : throw new InvalidDataException($"The document read in the worker has {subjects.Count} subjects, not {count}.");
    }

    /// <summary>Marks the worker idle (waiting for the host, which expects no heartbeat then) before it reads the next frame.</summary>
    private static bool Idle(CallState state)
    {
        Volatile.Write(ref state.Busy, false);
        return true;
    }

    /// <summary>What the heartbeat reads: whether a frame is being handled, how many calls were made or ended, whether one is running.</summary>
    private sealed class CallState
    {
        public bool Busy;
        public long Sequence;
        public bool InCall;
    }

    private sealed record Session(RuleOptions Options, long Deadline, EvaluationDocument Document, SubjectTable Subjects)
    {
        public ElementIndex Parts => field ??= new ElementIndex(Document);
    }

    /// <summary>Streams a rule's outcomes to the host; passes are not sent (the host counts them from the walk).</summary>
    private sealed class WireSink(FrameWriter writer, Session run, bool announce, CallState state) : RuleSink
    {
        public override void Calling(int subject)
        {
            Volatile.Write(ref state.InCall, true);
            Interlocked.Increment(ref state.Sequence);
            if (announce)
            {
                writer.Write(Frames.Calling, w => w.Write(subject));
            }
        }

        public override void Outcome(int subject, OutcomeKind kind, string? error)
        {
            Volatile.Write(ref state.InCall, false);
            Interlocked.Increment(ref state.Sequence);
            if (kind is OutcomeKind.Pass or OutcomeKind.Fail)
            {
                return;
            }

            writer.Write(
                Frames.Outcome,
                w =>
                {
                    w.Write(subject);
                    w.Write((byte)kind);
                    WorkerCodec.WriteOptionalString(w, error);
                    w.Write(0);
                },
                flush: announce);
        }

        public override void Reported(SubjectTable.Cursor cursor, IReadOnlyList<FindingBuilder> reports) => writer.Write(
            Frames.Outcome,
            w =>
            {
                w.Write(cursor.Index);
                w.Write((byte)OutcomeKind.Fail);
                WorkerCodec.WriteOptionalString(w, null);
                w.Write(reports.Count);
                foreach (var report in reports)
                {
                    WriteElement(w, report.Element, cursor);
                    WorkerCodec.WriteOptionalString(w, report.Member?.Path);
                    w.Write(report.Message.Value ?? string.Empty);
                    WorkerCodec.WriteOptionalString(w, report.EnglishMessage.Value);
                    w.Write(report.RelatedLocations.Count);
                    foreach (var (element, member, label) in report.RelatedLocations)
                    {
                        WriteElement(w, element, cursor);
                        WorkerCodec.WriteOptionalString(w, member?.Path);
                        WorkerCodec.WriteOptionalString(w, label);
                    }
                }
            },
            flush: announce);

        private void WriteElement(BinaryWriter w, object element, SubjectTable.Cursor cursor)
        {
            var index = ReferenceEquals(element, cursor.Value) ? cursor.Index : run.Subjects.IndexOf(element, cursor);
            if (index >= 0)
            {
                w.Write((byte)WorkerCodec.ElementTag.Subject);
                w.Write(index);
                return;
            }

            var near = cursor.Sheet is { } sheet ? IndexOf(run.Document.Sheets, sheet) : -1;
            if (run.Parts.Find(element, near) is var (k, ordinal))
            {
                w.Write((byte)WorkerCodec.ElementTag.Part);
                w.Write(k);
                w.Write(ordinal);
                return;
            }

            w.Write((byte)WorkerCodec.ElementTag.Foreign);
        }

        private static int IndexOf(ValueArray<Sheets.Sheet> sheets, Sheets.Sheet sheet)
        {
            for (var k = 0; k < sheets.Count; k++)
            {
                if (ReferenceEquals(sheets[k], sheet))
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
