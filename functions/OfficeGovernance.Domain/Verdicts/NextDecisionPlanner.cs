using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The next decision an initiative needs (PRODUCT.md sections 2 and 4). The type follows the verdict: Expand, Continue,
/// Fix, Pause and Stop map to the same type; an Idea ready to launch needs Launch, one not ready needs Fix; a Paused
/// initiative needs a Continue decision to resume; a Retired one needs Retire (confirming it); a
/// Stopped one needs Retire (the stop is already taken). Due: DecisionDueDate, else NextReviewDate, else as-of plus
/// one review cadence (7 or 14 days); workbook time zone.
/// </summary>
public static class NextDecisionPlanner
{
    /// <summary>Plans the next decision; approvers are those whose rights allow it at amount 0.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NextDecision Plan(InitiativeFacts facts, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var initiative = facts.Initiative;
        var type = TypeFor(initiative, verdict);
        var due = initiative.DecisionDueDate ?? initiative.NextReviewDate ?? facts.AsOf.AddDays(facts.CadenceDays);
        var approvers = DecisionRightsChecker.ApproversFor(facts.Rights, type, initiative.Id, 0m, facts.RiskLevel);
        return new NextDecision(type, due, approvers);
    }

    /// <summary>The decision type that follows a verdict (see the type's summary).</summary>
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
            Verdict.Paused => DecisionType.Continue,
            Verdict.Retired => DecisionType.Retire,
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
        };
    }
}
