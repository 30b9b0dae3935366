using System.Text;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// A run in a worker process. The host sends the gated rule assembly, the options and the document, then asks for one
/// rule at a time and makes the findings itself, with the same code as a run in process, against its own document. When
/// the worker crashes or falls silent, the host knows which rule was running: it starts a fresh worker and runs that rule
/// again with each subject announced before its call, so the last one announced is the subject it died on. That rule and
/// subject get an engine error naming the cause, the rule is skipped on the rest, and the next rule runs in a fresh worker.
/// </summary>
internal static class WorkerRun
{
    /// <summary>What a worker may take beyond a call's time limit before the watchdog ends it.</summary>
    internal static TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The silence allowed while a worker starts and reads a document (it sends progress every 100 ms meanwhile).</summary>
    private static readonly TimeSpan StartSilence = TimeSpan.FromSeconds(20);

    private static readonly object Foreign = new();

    public static RuleRun Run(IReadOnlyList<IRule> rules, RuleImage image, WorkerPool pool, EvaluationDocument document, RuleOptions options)
    {
        var subjects = SubjectTable.Of(document);
        var outcomes = new OutcomeLog(subjects, document);
        var findings = new FindingMaker(subjects, options, document);
        var active = RuleEvaluator.Active(rules, options);
        var deadline = RuleEvaluator.Deadline(options.RunTimeLimit);
        ElementIndex? parts = null;
        using var session = new Session(image, pool, options, DocumentCodec.Encode(document), subjects.Count, deadline);
        var end = RuleEnd.Completed;
        for (var r = 0; r < active.Count; r++)
        {
            var rule = active[r];
            session.RulesLeft = active.Count - r;
            var type = rule.SubjectType;
            var id = rule.Descriptor.Id;
            outcomes.BeginRule(id, type);
            var cursor = subjects.Walk(type);
            if (end != RuleEnd.RunExpired && rule is not Compilation.LoadedRule)
            {
                // A rule compiled ahead of time is the host's own code: it runs here, into the same findings and outcomes.
                findings.BeginRule(rule.Descriptor);
                var rulesLeft = active.Count - r;
                end = RuleEvaluator.OnLargeStack(() => RuleEvaluator.RunRule(rule, subjects, cursor, options, deadline, rulesLeft, document, new RuleEvaluator.InProcess(findings, outcomes)));
            }
            else if (end != RuleEnd.RunExpired)
            {
                findings.BeginRule(rule.Descriptor);
                var answer = session.Ask(id, announce: false);
                if (answer.Lost is null && RanOutOfMemory(answer))
                {
                    // Memory is shared by every rule a worker has run: one that holds it can make the next one fail. The
                    // worker is never used again, and a rule that ran out in a worker others had used runs again alone.
                    var shared = session.HadEarlierRules;
                    session.Discard();
                    if (shared)
                    {
                        answer = session.Ask(id, announce: false);
                        if (answer.Lost is null && RanOutOfMemory(answer))
                        {
                            session.Discard();
                        }
                    }
                }
                if (answer.Lost is not null)
                {
                    // Run it again, announcing each subject, to learn which one it dies on.
                    session.Discard();
                    answer = session.Ask(id, announce: true);
                    if (answer.Lost is { } cause)
                    {
                        session.Discard();
                        answer = answer.Died(FirstSubject(subjects, type), $"The rule worker {cause} while {id} checked this subject; the rule is skipped on the remaining subjects.");
                    }
                }

                if (!Valid(answer, subjects, type))
                {
                    answer = new Answer { End = RuleEnd.Stopped }.Died(FirstSubject(subjects, type), $"The rule worker sent an answer for {id} that the host could not read; the rule is skipped.");
                }

                end = Apply(answer, cursor, type, subjects, outcomes, findings, () => parts ??= new ElementIndex(document));
            }

            RuleEvaluator.SkipRest(cursor, type, outcomes);
        }

        session.Complete();
        return new RuleRun(active.Select(r => r.Descriptor), findings.InOrder(), outcomes);
    }

    private static bool RanOutOfMemory(Answer answer) => answer.Entries.Any(e => e.Kind == OutcomeKind.Error && e.Error == ExceptionText.OutOfMemory);

    private static int FirstSubject(SubjectTable subjects, Type type)
    {
        for (var cursor = subjects.Walk(type); cursor.MoveNext();)
        {
            if (type.IsInstanceOfType(cursor.Value))
            {
                return cursor.Index;
            }
        }

        return -1;
    }

    /// <summary>Whether an answer's subjects are subjects of the rule's type, in order, the error of a stop last.</summary>
    private static bool Valid(Answer answer, SubjectTable subjects, Type type)
    {
        var previous = -1;
        foreach (var entry in answer.Entries)
        {
            if (entry.Subject <= previous || entry.Subject >= subjects.Count || !type.IsInstanceOfType(subjects.ValueAt(entry.Subject)) || !Enum.IsDefined(entry.Kind)
                || entry.Kind is OutcomeKind.Pass or OutcomeKind.Skipped || (entry.Kind == OutcomeKind.Fail) != (entry.Reports.Count > 0))
            {
                return false;
            }

            previous = entry.Subject;
        }

        return answer.End == RuleEnd.Completed || answer.Entries.Count == 0 || answer.Entries[^1].Kind == OutcomeKind.Error;
    }

    /// <summary>Puts an answer into the run, walking the host's own cursor: passes between the entries, findings made here.</summary>
    private static RuleEnd Apply(Answer answer, SubjectTable.Cursor cursor, Type type, SubjectTable subjects, OutcomeLog outcomes, FindingMaker findings, Func<ElementIndex> parts)
    {
        foreach (var entry in answer.Entries)
        {
            while (cursor.MoveNext() && cursor.Index < entry.Subject)
            {
                if (type.IsInstanceOfType(cursor.Value))
                {
                    outcomes.Add(cursor.Index, OutcomeKind.Pass);
                }
            }

            outcomes.Add(entry.Subject, entry.Kind, entry.Error);
            foreach (var report in entry.Reports)
            {
                var related = new (object, Field?, string?)[report.Related.Count];
                for (var i = 0; i < related.Length; i++)
                {
                    var (element, member, label) = report.Related[i];
                    related[i] = (Resolve(element, subjects, parts), member is null ? null : Field.Find(member), label);
                }

                findings.Add(cursor, Resolve(report.Element, subjects, parts), report.Member is null ? null : Field.Find(report.Member), DeferredMessage.Of(report.Message), DeferredMessage.Of(report.EnglishMessage), related);
            }
        }

        if (answer.End == RuleEnd.Completed)
        {
            while (cursor.MoveNext())
            {
                if (type.IsInstanceOfType(cursor.Value))
                {
                    outcomes.Add(cursor.Index, OutcomeKind.Pass);
                }
            }
        }

        return answer.End;
    }

    private static object Resolve(ElementRef element, SubjectTable subjects, Func<ElementIndex> parts) => element.Tag switch
    {
        WorkerCodec.ElementTag.Subject when element.A >= 0 && element.A < subjects.Count => subjects.ValueAt(element.A),
        WorkerCodec.ElementTag.Part => parts().At(element.A, element.B) ?? Foreign,
        _ => Foreign,
    };

    /// <summary>An element as the worker named it.</summary>
    private readonly record struct ElementRef(WorkerCodec.ElementTag Tag, int A, int B)
    {
        public static ElementRef Read(BinaryReader reader)
        {
            var tag = (WorkerCodec.ElementTag)reader.ReadByte();
            return tag switch
            {
                WorkerCodec.ElementTag.Subject => new(tag, reader.ReadInt32(), 0),
                WorkerCodec.ElementTag.Part => new(tag, reader.ReadInt32(), reader.ReadInt32()),
                _ => new(WorkerCodec.ElementTag.Foreign, 0, 0),
            };
        }
    }

    private sealed record Report(ElementRef Element, string? Member, string Message, string? EnglishMessage, List<(ElementRef Element, string? Member, string? Label)> Related);

    private sealed record Entry(int Subject, OutcomeKind Kind, string? Error, List<Report> Reports)
    {
        public static Entry Read(BinaryReader reader)
        {
            var subject = reader.ReadInt32();
            var kind = (OutcomeKind)reader.ReadByte();
            var error = WorkerCodec.ReadOptionalString(reader);
            var reports = new List<Report>();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var element = ElementRef.Read(reader);
                var member = WorkerCodec.ReadOptionalString(reader);
                var message = reader.ReadString();
                var english = WorkerCodec.ReadOptionalString(reader);
                var related = new List<(ElementRef, string?, string?)>();
                for (var r = reader.ReadInt32(); r > 0; r--)
                {
                    related.Add((ElementRef.Read(reader), WorkerCodec.ReadOptionalString(reader), WorkerCodec.ReadOptionalString(reader)));
                }

                reports.Add(new Report(element, member, message, english, related));
            }

            return new Entry(subject, kind, error, reports);
        }
    }

    /// <summary>What a worker said about one rule: its outcomes that are not a pass, how it ended, or why the worker was lost.</summary>
    private sealed record Answer
    {
        public List<Entry> Entries { get; init; } = [];

        public RuleEnd End { get; set; }

        /// <summary>Why the worker was lost during the rule; null when it answered.</summary>
        public string? Lost { get; set; }

        /// <summary>The last subject announced before a call.</summary>
        public int LastCalling { get; set; } = -1;

        /// <summary>The answer of a rule that took its worker down: what came before the subject it died on, and an error there.</summary>
        public Answer Died(int firstSubject, string error)
        {
            var at = LastCalling >= 0 ? LastCalling : firstSubject;
            var entries = Entries.Where(e => e.Subject < at).ToList();
            if (at >= 0)
            {
                entries.Add(new Entry(at, OutcomeKind.Error, error, []));
            }

            return new Answer { Entries = entries, End = RuleEnd.Stopped };
        }
    }

    /// <summary>
    /// The worker of a run: the set's idle worker or a new one when first needed, a new one after one is lost; handed
    /// back to the set when the run completes with it sound, ended otherwise (cancelled, or an exception mid-question).
    /// </summary>
    private sealed class Session(RuleImage image, WorkerPool pool, RuleOptions options, byte[] document, int subjects, long deadline) : IDisposable
    {
        private readonly TimeSpan _silence = options.TimeLimit + Grace;
        private readonly TimeSpan _cpu = options.RunTimeLimit == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : (options.RunTimeLimit * 2) + TimeSpan.FromSeconds(10);
        private WorkerProcess? _worker;
        private bool _complete;
        private int _asked;

        /// <summary>Whether the current worker has run another rule before the one being asked (in this run or an earlier one).</summary>
        public bool HadEarlierRules => _asked > 1;

        /// <summary>The rules still to run, this one included (a rule may use its share of the run's time left).</summary>
        public int RulesLeft { get; set; } = 1;

        public Answer Ask(string ruleId, bool announce)
        {
            var worker = _worker ??= Start();
            _asked++;
            var answer = new Answer();
            if (!worker.Send(Frames.Run, w => { w.Write(ruleId); w.Write(announce); w.Write(RulesLeft); }))
            {
                answer.Lost = worker.Cause(_silence);
                return answer;
            }

            while (true)
            {
                if (worker.Receive(_silence, options.Cancellation) is not var (kind, payload))
                {
                    answer.Lost = worker.Cause(_silence);
                    return answer;
                }

                using var reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
                switch (kind)
                {
                    case Frames.Calling:
                        answer.LastCalling = reader.ReadInt32();
                        break;
                    case Frames.Outcome:
                        answer.Entries.Add(Entry.Read(reader));
                        break;
                    case Frames.Done:
                        answer.End = (RuleEnd)reader.ReadByte();
                        return answer;
                    case Frames.Failed:
                        var text = reader.ReadString();
                        answer.Lost = $"could not run the rule ({text[..Math.Min(text.Length, ExceptionText.MessageLength)]})";
                        return answer;
                }
            }
        }

        /// <summary>Ends the current worker; the next question starts a fresh one.</summary>
        public void Discard()
        {
            _worker?.Dispose();
            _worker = null;
            _asked = 0;
        }

        /// <summary>Marks the run complete: every question was answered, so the worker may serve the next run.</summary>
        public void Complete() => _complete = true;

        public void Dispose()
        {
            if (_complete && _worker is { } worker)
            {
                _worker = null;
                pool.Return(worker, _cpu);
            }

            Discard();
        }

        private WorkerProcess Start()
        {
            // The set's idle worker holds the rules already; should it have died since, a new one is started.
            if (pool.Take(_cpu) is { } reused)
            {
                if (Prepare(reused, load: false) is { } ready)
                {
                    _asked = 1;
                    return ready;
                }

                reused.Dispose();
            }

            var worker = WorkerProcess.Start(_cpu);
            try
            {
                return Prepare(worker, load: true) ?? throw new InvalidOperationException($"The rule worker could not start: it {worker.Cause(StartSilence)}.");
            }
            catch
            {
                worker.Dispose();
                throw;
            }
        }

        /// <summary>Sends the rules (to a new worker) and the document; null when the worker is gone.</summary>
        private WorkerProcess? Prepare(WorkerProcess worker, bool load)
        {
            var left = deadline == long.MaxValue ? Timeout.InfiniteTimeSpan : System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), deadline);
            if (left != Timeout.InfiniteTimeSpan && left <= TimeSpan.Zero)
            {
                left = TimeSpan.FromTicks(1);
            }

            worker.Drain();
            var ready = (!load || (worker.Send(Frames.Load, w => WorkerCodec.WriteLoad(w, image)) && Ready(worker)))
                && worker.Send(Frames.Document, w => WorkerCodec.WriteDocument(w, options, left, subjects, document)) && Ready(worker);
            return ready ? worker : null;
        }

        private bool Ready(WorkerProcess worker)
        {
            while (worker.Receive(StartSilence, options.Cancellation) is var (kind, payload))
            {
                switch (kind)
                {
                    case Frames.Ready:
                        return true;
                    case Frames.Failed:
                        using (var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8))
                        {
                            throw new InvalidOperationException($"The rule worker could not start: {reader.ReadString()}");
                        }
                }
            }

            return false;
        }
    }
}
