using System.Globalization;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// Runs rules over subjects, calling the compiled rules directly. The loop is the product's hot path (a city system runs
/// it on every save): per subject it allocates nothing when the rule passes — one context and one budget serve a rule's
/// whole run, paths are made only for findings, and outcomes are kept as counts plus the few that are not a pass.
/// </summary>
internal static class RuleEvaluator
{
    internal static RuleRun Run(IReadOnlyList<IRule> rules, IReadOnlyList<Subject> subjects, RuleOptions options, EvaluationDocument? document)
    {
        var findings = new List<Finding>();
        var outcomes = new OutcomeLog(subjects);
        Dictionary<object, Subject>? elements = null;
        var active = rules.Where(r => options.For(r.Descriptor.Id).Enabled).ToList();
        for (var r = 0; r < active.Count; r++)
        {
            var rule = active[r];
            var descriptor = rule.Descriptor;
            var settings = options.For(descriptor.Id);
            var severity = settings.Severity ?? descriptor.DefaultSeverity;
            var type = rule.SubjectType;
            var context = new RuleContext(descriptor, subjects.Count > 0 ? subjects[0] : new Subject(descriptor, "/"), document, settings.Parameters);
            var budget = new RuleGuard.Budget(options.TimeLimit, options.Cancellation);
            outcomes.BeginRule(descriptor.Id, type);
            using var scope = RuleGuard.Begin(budget);
            for (var s = 0; s < subjects.Count; s++)
            {
                var subject = subjects[s];
                if (!type.IsInstanceOfType(subject.Value))
                {
                    continue;
                }

                if ((s & 1023) == 0)
                {
                    options.Cancellation.ThrowIfCancellationRequested();
                }

                context.Reset(subject);
                budget.Restart();
                try
                {
                    rule.Check(subject.Value, context);
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
                    var location = Locate(report.Element, report.Member, null, subject, subjects, ref elements, document);
                    var related = new List<FindingLocation>(report.RelatedLocations.Count);
                    foreach (var (element, member, label) in report.RelatedLocations)
                    {
                        related.Add(Locate(element, member, label, subject, subjects, ref elements, document));
                    }

                    var suppression = options.Suppressions.FirstOrDefault(x => x.Covers(descriptor.Id, location.Path));
                    findings.Add(new Finding(descriptor.Id, severity, descriptor.Format(report.Arguments), location, related.ToValueArray(), suppression?.Justification));
                }
            }
        }

        return new RuleRun(active.Select(r => r.Descriptor), findings, outcomes);
    }

    private static FindingLocation Locate(object element, string? member, string? label, Subject subject, IReadOnlyList<Subject> subjects, ref Dictionary<object, Subject>? elements, EvaluationDocument? document)
    {
        var owner = subject;
        if (!ReferenceEquals(element, subject.Value))
        {
            // Only findings that point elsewhere (a related sheet field, another indicator) need the index of elements.
            elements ??= Index(subjects);
            owner = elements.GetValueOrDefault(element, subject);
        }

        var path = member is null ? owner.Path : string.Create(CultureInfo.InvariantCulture, $"{owner.Path}/{MemberLabels.Of(member)}");
        var position = document?.Sources.Find(element, member);
        return new FindingLocation(path, position, label ?? (member is null ? null : MemberLabels.Of(member)));
    }

    private static Dictionary<object, Subject> Index(IReadOnlyList<Subject> subjects)
    {
        var index = new Dictionary<object, Subject>(subjects.Count, ReferenceEqualityComparer.Instance);
        foreach (var subject in subjects)
        {
            index.TryAdd(subject.Value, subject);
        }

        return index;
    }
}
