using Kamiyama.Domain.Diagnostics;
using Kamiyama.Domain.Rules.Authoring;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// Makes the findings of a run from what rules reported, against the host's own document: the same code whether the
/// rule ran here or in a worker process (which sends only what was reported, never a location), so both give the same
/// findings, paths and positions.
/// </summary>
internal sealed class FindingMaker(SubjectTable subjects, RuleOptions options, EvaluationDocument? document)
{
    private readonly ChunkedList<LocatedFinding> _findings = new();
    private string _ruleId = string.Empty;
    private DiagnosticSeverity _severity;

    /// <summary>The findings that follow are the rule's, at the severity in force.</summary>
    public void BeginRule(RuleDescriptor descriptor)
    {
        _ruleId = descriptor.Id;
        _severity = options.For(descriptor.Id).Severity ?? descriptor.DefaultSeverity;
    }

    /// <summary>A finding reported at the cursor's subject.</summary>
    public void Add(SubjectTable.Cursor cursor, object element, Field? member, DeferredMessage message, DeferredMessage englishMessage, IReadOnlyList<(object Element, Field? Member, string? Label)> relatedLocations)
    {
        var (location, owner) = Locate(element, member, null, cursor, subjects, document);
        var related = new DiagnosticLocation[relatedLocations.Count];
        for (var i = 0; i < related.Length; i++)
        {
            var (relatedElement, relatedMember, label) = relatedLocations[i];
            related[i] = Locate(relatedElement, relatedMember, label, cursor, subjects, document).Location;
        }

        var suppression = Suppression(options.Suppressions, _ruleId, location);
        var finding = new Finding(_ruleId, _severity, message, location, related.ToValueArray(), suppression?.Justification) { English = englishMessage };
        _findings.Add(new LocatedFinding(finding, owner, _findings.Count));
    }

    /// <summary>The findings in their stable order.</summary>
    public Finding[] InOrder() => InOrder(_findings);

    private static Suppression? Suppression(IReadOnlyList<Suppression> suppressions, string ruleId, DiagnosticLocation location)
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
    private static (DiagnosticLocation Location, int Owner) Locate(object element, Field? member, string? label, SubjectTable.Cursor subject, SubjectTable subjects, EvaluationDocument? document)
    {
        var owner = subject.Index;
        if (!ReferenceEquals(element, subject.Value) && subjects.IndexOf(element, subject) is >= 0 and var index)
        {
            owner = index;
        }

        var memberLabel = member?.Label;
        var position = document?.Sources.Find(element, member);
        return (new DiagnosticLocation(subjects.At(owner, subject), memberLabel, position, label ?? memberLabel) { Field = member }, owner);
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
