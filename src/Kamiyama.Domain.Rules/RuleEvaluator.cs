using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// Runs rules over subjects, calling the compiled rules directly. The loop is the product's hot path (a city system runs
/// it on every save): per subject it allocates nothing when the rule passes — one context and one budget serve a rule's
/// whole run, subjects and paths are made only for findings, and outcomes are kept as counts plus the few that are not a
/// pass. Findings come out in document order, so a run of one rule over a document needs no sort at all.
/// </summary>
internal static class RuleEvaluator
{
    internal static RuleRun Run(IReadOnlyList<IRule> rules, SubjectTable subjects, RuleOptions options, EvaluationDocument? document)
    {
        var findings = new ChunkedList<LocatedFinding>();
        var outcomes = new OutcomeLog(subjects);
        var active = rules.Where(r => options.For(r.Descriptor.Id).Enabled).ToList();
        for (var r = 0; r < active.Count; r++)
        {
            var rule = active[r];
            var descriptor = rule.Descriptor;
            var settings = options.For(descriptor.Id);
            var severity = settings.Severity ?? descriptor.DefaultSeverity;
            var type = rule.SubjectType;
            var context = new RuleContext(descriptor, document, settings.Parameters);
            var budget = new RuleGuard.Budget(options.TimeLimit, options.Cancellation);
            outcomes.BeginRule(descriptor.Id, type);
            using var scope = RuleGuard.Begin(budget);
            var visited = 0;
            for (var cursor = subjects.Walk(type); cursor.MoveNext();)
            {
                var (s, value) = (cursor.Index, cursor.Value);
                if (!type.IsInstanceOfType(value))
                {
                    continue;
                }

                if ((++visited & 1023) == 0)
                {
                    options.Cancellation.ThrowIfCancellationRequested();
                }

                context.Reset(subjects, cursor);
                budget.Restart();
                try
                {
                    rule.Check(value, context);
                }
                catch (OperationCanceledException) when (options.Cancellation.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    outcomes.Add(s, OutcomeKind.Error, $"{e.GetType().Name}: {e.Message}");
                    continue;
                }

                if (context.Reports.Count == 0)
                {
                    outcomes.Add(s, context.IsNotApplicable ? OutcomeKind.NotApplicable : OutcomeKind.Pass);
                    continue;
                }

                outcomes.Add(s, OutcomeKind.Fail);
                foreach (var report in context.Reports)
                {
                    var (location, owner) = Locate(report.Element, report.Member, null, cursor, subjects, document);
                    var related = new FindingLocation[report.RelatedLocations.Count];
                    for (var i = 0; i < related.Length; i++)
                    {
                        var (element, member, label) = report.RelatedLocations[i];
                        related[i] = Locate(element, member, label, cursor, subjects, document).Location;
                    }

                    var suppression = Suppression(options.Suppressions, descriptor.Id, location);
                    var finding = new Finding(descriptor.Id, severity, report.Message, location, related.ToValueArray(), suppression?.Justification);
                    findings.Add(new LocatedFinding(finding, owner, findings.Count));
                }
            }
        }

        return new RuleRun(active.Select(r => r.Descriptor), InOrder(findings), outcomes);
    }

    private static Suppression? Suppression(IReadOnlyList<Suppression> suppressions, string ruleId, FindingLocation location)
    {
        for (var i = 0; i < suppressions.Count; i++)
        {
            if (suppressions[i].Covers(ruleId, location.Path))
            {
                return suppressions[i];
            }
        }

        return null;
    }

    /// <summary>Where an element (or one of its members) is, and the index of the subject it belongs to.</summary>
    private static (FindingLocation Location, int Owner) Locate(object element, string? member, string? label, SubjectTable.Cursor subject, SubjectTable subjects, EvaluationDocument? document)
    {
        var owner = subject.Index;
        if (!ReferenceEquals(element, subject.Value) && subjects.IndexOf(element, subject) is >= 0 and var index)
        {
            owner = index;
        }

        var memberLabel = member is null ? null : MemberLabels.Of(member);
        var position = document?.Sources.Find(element, member);
        return (new FindingLocation(subjects.At(owner, subject), memberLabel, position, label ?? memberLabel), owner);
    }

    /// <summary>
    /// The findings in their stable order: by source position, then (without one, or at the same one) in document order,
    /// then by path, rule and message. Findings of one rule come out in this order already; only a mix is sorted.
    /// </summary>
    private static Finding[] InOrder(ChunkedList<LocatedFinding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (LocatedFinding.Compare(findings[i - 1], findings[i]) > 0)
            {
                var sorted = findings.ToArray();
                Array.Sort(sorted, LocatedFinding.Compare);
                return Array.ConvertAll(sorted, f => f.Finding);
            }
        }

        var inOrder = new Finding[findings.Count];
        for (var i = 0; i < inOrder.Length; i++)
        {
            inOrder[i] = findings[i].Finding;
        }

        return inOrder;
    }

    /// <summary>A finding with the index of the subject it is at and the order it was made in, the keys of the stable order.</summary>
    private readonly record struct LocatedFinding(Finding Finding, int Owner, int Sequence)
    {
        public static int Compare(LocatedFinding x, LocatedFinding y)
        {
            var (a, b) = (x.Finding.Location.Position, y.Finding.Location.Position);
            var order = (a, b) switch
            {
                ({ } p, { } q) => ComparePositions(p, q),
                (null, null) => 0,
                (null, _) => 1,
                _ => -1,
            };
            if (order == 0)
            {
                order = x.Owner.CompareTo(y.Owner);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Finding.Location.Path, y.Finding.Location.Path);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Finding.RuleId, y.Finding.RuleId);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Finding.Message, y.Finding.Message);
            }

            return order != 0 ? order : x.Sequence.CompareTo(y.Sequence);
        }

        private static int ComparePositions(Sources.SourcePosition a, Sources.SourcePosition b)
        {
            var order = string.CompareOrdinal(a.File, b.File);
            if (order == 0)
            {
                order = a.Line.CompareTo(b.Line);
            }

            return order != 0 ? order : a.Column.CompareTo(b.Column);
        }
    }
}
