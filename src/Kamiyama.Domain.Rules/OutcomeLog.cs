namespace Kamiyama.Domain.Rules;

/// <summary>
/// The outcomes of a run, kept compactly: counts per kind and the outcomes that are not a pass, in the order they were
/// made (rule by rule, subjects in order). The full list (one <see cref="RuleOutcome"/> per rule and subject) is made
/// only when asked for, from the rules' subject types. An error carries its subject's position in the document.
/// </summary>
internal sealed class OutcomeLog(SubjectTable subjects, EvaluationDocument? document = null)
{
    private readonly List<(string RuleId, Type SubjectType)> _rules = [];
    private readonly ChunkedList<Entry> _notPassed = new();
    private readonly int[] _counts = new int[Enum.GetValues<OutcomeKind>().Length];

    public void BeginRule(string ruleId, Type subjectType) => _rules.Add((ruleId, subjectType));

    public void Add(int subject, OutcomeKind kind, string? error = null)
    {
        _counts[(int)kind]++;
        if (kind != OutcomeKind.Pass)
        {
            _notPassed.Add(new Entry(_rules.Count - 1, subject, kind, error));
        }
    }

    public int Count(OutcomeKind kind) => _counts[(int)kind];

    public IEnumerable<RuleOutcome> NotPassed(OutcomeKind kind)
    {
        for (var i = 0; i < _notPassed.Count; i++)
        {
            var entry = _notPassed[i];
            if (entry.Kind == kind)
            {
                yield return new RuleOutcome(_rules[entry.Rule].RuleId, subjects.At(entry.Subject).Path, kind, entry.Error, PositionOf(entry));
            }
        }
    }

    public IEnumerable<RuleOutcome> All()
    {
        var next = 0;
        for (var r = 0; r < _rules.Count; r++)
        {
            var (ruleId, type) = _rules[r];
            for (var s = 0; s < subjects.Count; s++)
            {
                if (!type.IsInstanceOfType(subjects.ValueAt(s)))
                {
                    continue;
                }

                if (next < _notPassed.Count && _notPassed[next].Rule == r && _notPassed[next].Subject == s)
                {
                    var entry = _notPassed[next++];
                    yield return new RuleOutcome(ruleId, subjects.At(s).Path, entry.Kind, entry.Error, PositionOf(entry));
                }
                else
                {
                    yield return new RuleOutcome(ruleId, subjects.At(s).Path, OutcomeKind.Pass);
                }
            }
        }
    }

    /// <summary>An error's subject's place in the document: only errors carry one (a report points at them).</summary>
    private Sources.SourcePosition? PositionOf(Entry entry) =>
        entry.Kind == OutcomeKind.Error && document is not null ? document.Sources.Find(subjects.ValueAt(entry.Subject)) : null;

    private readonly record struct Entry(int Rule, int Subject, OutcomeKind Kind, string? Error);
}
