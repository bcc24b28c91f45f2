using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The next decision an initiative needs, and whether it is due now (docs/rules.md#next-decision-and-flags).
/// The type follows the verdict: Expand, Continue, Fix, Pause and Stop map to the same type; an Idea ready to launch
/// needs Launch, one not ready needs Fix; a Paused initiative needs Pause confirmed (never Continue: resuming is a
/// choice, not a finding); a Retired one Retire; a Stopped one Retire (the stop is already taken). Unless the verdict
/// is Stop, an overage awaiting approval makes it an Overage decision for the excess, and a change of permissions,
/// billing or production without a logged Launch or Exception makes it an Exception.
/// Due: DecisionDueDate, else NextReviewDate, else as-of plus one review cadence (7 or 14 days); workbook time zone.
/// </summary>
public static class NextDecisionPlanner
{
    /// <summary>The decision types that record a verdict, compared with the verdict to tell whether one is waiting.</summary>
    private static readonly HashSet<DecisionType> VerdictTypes =
    [
        DecisionType.Launch, DecisionType.Expand, DecisionType.Continue, DecisionType.Fix, DecisionType.Pause,
        DecisionType.Stop, DecisionType.Retire,
    ];

    /// <summary>
    /// Plans the next decision. Approvers are those whose DecisionRights allow it for the money at stake (the excess
    /// for an Overage, else 0) at the initiative's risk level. It is waiting (<see cref="NextDecision.WaitingBecause"/>
    /// set) when the verdict differs from the type of the last verdict-type decision logged (Launch, Expand, Continue,
    /// Fix, Pause, Stop, Retire; a Stop is matched by Stop or Retire; with none logged, every verdict but Continue
    /// waits), when DecisionDueDate is past or within one cadence of as-of, or when an overage or exception awaits
    /// approval; never for a Retired initiative.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NextDecision Plan(InitiativeFacts facts, Verdict verdict, SpendSummary spend, IReadOnlyList<StopCondition> stops)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(stops);
        var initiative = facts.Initiative;
        var overage = verdict != Verdict.Stop && spend.OverCap && !spend.OverageApproved;
        var exception = verdict != Verdict.Stop && !overage &&
                        stops.Any(s => s.Kind == StopConditionKind.UnapprovedHighImpactChange);
        var type = overage ? DecisionType.Overage : exception ? DecisionType.Exception : TypeFor(initiative, verdict);
        var due = initiative.DecisionDueDate ?? initiative.NextReviewDate ?? facts.AsOf.AddDays(facts.CadenceDays);
        var atStake = overage ? spend.Excess : Math.Max(spend.Forecast, spend.Cap);
        var approvers = DecisionRightsChecker.ApproversFor(
            facts.Rights, type, initiative.Id, overage ? spend.Excess : 0m, facts.RiskLevel);
        var waiting = verdict == Verdict.Retired ? null
            : overage ? $"an overage of {ValueText.Money(spend.Excess, facts.Settings.Currency)} awaits approval"
            : exception ? "an exception for a change of permissions, billing or production awaits approval"
            : VerdictChange(facts, verdict) ?? DueDateReason(facts);
        return new NextDecision(type, due, approvers, waiting, atStake);
    }

    /// <summary>The decision type that follows a verdict (see the type's summary).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="initiative"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined verdict.</exception>
    public static DecisionType TypeFor(Initiative initiative, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (initiative.Status == InitiativeStatus.Stopped && verdict == Verdict.Stop)
        {
            return DecisionType.Retire;
        }
        return verdict switch
        {
            Verdict.Expand => DecisionType.Expand,
            Verdict.Continue when initiative.Stage == Stage.Idea => DecisionType.Launch,
            Verdict.Continue => DecisionType.Continue,
            Verdict.Fix => DecisionType.Fix,
            Verdict.Pause => DecisionType.Pause,
            Verdict.Stop => DecisionType.Stop,
            Verdict.Paused => DecisionType.Pause,
            Verdict.Retired => DecisionType.Retire,
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
        };
    }

    /// <summary>
    /// The decisions waiting across a review, ordered by due date, then money at stake (largest first), then
    /// initiative id (docs/rules.md#next-decision-and-flags).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> is null.</exception>
    public static IReadOnlyList<InitiativeReview> DecisionsDue(IReadOnlyList<InitiativeReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return reviews.Where(r => r.NextDecision.IsWaiting)
            .OrderBy(r => r.NextDecision.Due)
            .ThenByDescending(r => r.NextDecision.AtStake)
            .ThenBy(r => r.Initiative.Id, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    private static string? VerdictChange(InitiativeFacts facts, Verdict verdict)
    {
        var last = facts.Decisions.LastOrDefault(d => VerdictTypes.Contains(d.Decision.DecisionType));
        var expected = TypeFor(facts.Initiative, verdict);
        if (last is null)
        {
            return verdict == Verdict.Continue && expected == DecisionType.Continue
                ? null
                : $"the verdict is {verdict} and no decision is logged yet";
        }
        var lastType = last.Decision.DecisionType;
        var matches = lastType == expected || (verdict == Verdict.Stop && lastType is DecisionType.Stop or DecisionType.Retire);
        return matches ? null : $"the verdict is {verdict}; the last decision logged was {EnumLabels<DecisionType>.Label(lastType)}";
    }

    private static string? DueDateReason(InitiativeFacts facts)
    {
        if (facts.Initiative.DecisionDueDate is not { } due)
        {
            return null;
        }
        return due < facts.AsOf ? $"DecisionDueDate {ValueText.Date(due)} is past"
            : due.DayNumber - facts.AsOf.DayNumber <= facts.CadenceDays
                ? $"DecisionDueDate {ValueText.Date(due)} falls within one review cadence"
                : null;
    }
}
