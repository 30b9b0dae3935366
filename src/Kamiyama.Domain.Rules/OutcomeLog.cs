namespace Kamiyama.Domain.Rules;

/// <summary>
/// The outcomes of a run, kept compactly: counts per kind and the outcomes that are not a pass. The full list (one
/// <see cref="RuleOutcome"/> per rule and subject) is made only when asked for, from the rules' subject types.
/// </summary>
internal sealed class OutcomeLog(IReadOnlyList<Subject> subjects)
{
    private readonly List<(string RuleId, Type SubjectType)> _rules = [];
    private readonly Dictionary<(int Rule, int Subject), (OutcomeKind Kind, string? Error)> _notPassed = [];
    private readonly int[] _counts = new int[Enum.GetValues<OutcomeKind>().Length];

    public void BeginRule(string ruleId, Type subjectType) => _rules.Add((ruleId, subjectType));

    public void Add(int subject, OutcomeKind kind, string? error = null)
    {
        _counts[(int)kind]++;
        if (kind != OutcomeKind.Pass)
        {
            _notPassed[(_rules.Count - 1, subject)] = (kind, error);
        }
    }

    public int Count(OutcomeKind kind) => _counts[(int)kind];

    public IEnumerable<RuleOutcome> NotPassed(OutcomeKind kind) => _notPassed
        .Where(p => p.Value.Kind == kind)
        .OrderBy(p => p.Key.Rule)
        .ThenBy(p => p.Key.Subject)
        .Select(p => new RuleOutcome(_rules[p.Key.Rule].RuleId, subjects[p.Key.Subject].Path, kind, p.Value.Error));

    public IEnumerable<RuleOutcome> All()
    {
        for (var r = 0; r < _rules.Count; r++)
        {
            var (ruleId, type) = _rules[r];
            for (var s = 0; s < subjects.Count; s++)
            {
                if (!type.IsInstanceOfType(subjects[s].Value))
                {
                    continue;
                }

                yield return _notPassed.TryGetValue((r, s), out var outcome)
                    ? new RuleOutcome(ruleId, subjects[s].Path, outcome.Kind, outcome.Error)
                    : new RuleOutcome(ruleId, subjects[s].Path, OutcomeKind.Pass);
            }
        }
    }
}
