using System.Globalization;
using Kamiyama.Domain.Rules.Authoring;

namespace Kamiyama.Domain.Rules;

/// <summary>Runs rules over subjects: calls compiled delegates directly, guards each call, turns everything into data.</summary>
internal static class RuleEvaluator
{
    internal static RuleRun Run(IReadOnlyList<IRule> rules, IReadOnlyList<Subject> subjects, RuleOptions options, EvaluationDocument? document)
    {
        var paths = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        foreach (var subject in subjects)
        {
            paths.TryAdd(subject.Value, subject.Path);
        }

        var findings = new List<Finding>();
        var outcomes = new List<RuleOutcome>();
        var active = rules.Where(r => options.For(r.Descriptor.Id).Enabled).ToList();
        foreach (var rule in active)
        {
            var descriptor = rule.Descriptor;
            var settings = options.For(descriptor.Id);
            var severity = settings.Severity ?? descriptor.DefaultSeverity;
            var budget = new RuleGuard.Budget(options.TimeLimit, options.Cancellation);
            foreach (var subject in subjects)
            {
                if (!rule.SubjectType.IsInstanceOfType(subject.Value))
                {
                    continue;
                }

                options.Cancellation.ThrowIfCancellationRequested();
                var context = new RuleContext(descriptor, subject, document, settings.Parameters);
                try
                {
                    using (RuleGuard.Begin(budget))
                    {
                        rule.Check(subject.Value, context);
                    }
                }
                catch (OperationCanceledException) when (options.Cancellation.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    outcomes.Add(new RuleOutcome(descriptor.Id, subject.Path, OutcomeKind.Error, $"{e.GetType().Name}: {e.Message}"));
                    continue;
                }

                if (context.Reports.Count == 0)
                {
                    outcomes.Add(new RuleOutcome(descriptor.Id, subject.Path, context.IsNotApplicable ? OutcomeKind.NotApplicable : OutcomeKind.Pass));
                    continue;
                }

                outcomes.Add(new RuleOutcome(descriptor.Id, subject.Path, OutcomeKind.Fail));
                foreach (var report in context.Reports)
                {
                    var location = Locate(report.Element, report.Member, null, subject, paths, document);
                    var related = report.RelatedLocations.Select(r => Locate(r.Element, r.Member, r.Label, subject, paths, document)).ToValueArray();
                    var suppression = options.Suppressions.FirstOrDefault(s => s.Covers(descriptor.Id, location.Path));
                    findings.Add(new Finding(descriptor.Id, severity, descriptor.Format(report.Arguments), location, related, suppression?.Justification));
                }
            }
        }

        return new RuleRun(active.Select(r => r.Descriptor), findings, outcomes);
    }

    private static FindingLocation Locate(object element, string? member, string? label, Subject subject, Dictionary<object, string> paths, EvaluationDocument? document)
    {
        var path = paths.TryGetValue(element, out var known) ? known : subject.Path;
        if (member is not null)
        {
            path = string.Create(CultureInfo.InvariantCulture, $"{path}/{MemberLabels.Of(member)}");
        }

        var position = document?.Sources.Find(element, member);
        return new FindingLocation(path, position, label ?? (member is null ? null : MemberLabels.Of(member)));
    }
}
