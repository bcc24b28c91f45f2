using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Red/Amber/Green per layer (docs/rules.md#layers). Each stop condition, failing control and over-cap month
/// turns the layer it belongs to Red or Amber, so a Stop or Pause initiative is never all Green:
/// Workflow: Red no owner or Status Stopped, Amber Workflow blank, Status Paused or no StopAuthority (control).
/// Policy: Red any stop condition, Amber risk level classified rather than set, HumanCheckpoint weaker than the level
/// needs (High: Approve each output or Two-person approval; Medium: at least Approve each output) or the rollback
/// control failing. Context: Red customer data without review, Amber DataTouched blank.
/// Evaluation: Red no metrics, success not measurable, a metric in Stop state, a target missed two cycles in a row or
/// edits outweighing savings; Amber fewer than 3 or more than 5 metrics or a metric without a fresh observation
/// (within two review cadences, 14 days Weekly or 28 Biweekly, before as-of). Economics: Red over the cap unapproved,
/// a past month's overrun still open, or no cap, Amber over the cap with an approved overage, full-cost control failing or forecast over the cap.
/// Green otherwise.
/// </summary>
public static class LayerRater
{
    /// <summary>Rates the five layers.</summary>
    /// <param name="facts">The initiative's facts.</param>
    /// <param name="metrics">Its metric reviews.</param>
    /// <param name="stops">The stop conditions that hold.</param>
    /// <param name="controls">The expand controls.</param>
    /// <param name="spend">Its spend summary.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LayerRatings Rate(
        InitiativeFacts facts, IReadOnlyList<MetricReview> metrics, IReadOnlyList<StopCondition> stops,
        ExpandControls controls, SpendSummary spend)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(spend);
        var initiative = facts.Initiative;
        var workflow = stops.Any(s => s.Kind == StopConditionKind.NoOwner) || initiative.Status == InitiativeStatus.Stopped
            ? Rag.Red
            : string.IsNullOrWhiteSpace(initiative.Workflow) || initiative.Status == InitiativeStatus.Paused ||
              !controls.StopAuthority.Passed ? Rag.Amber : Rag.Green;
        var policy = stops.Count > 0 ? Rag.Red
            : facts.RiskLevelClassified || !CheckpointSuffices(initiative.HumanCheckpoint, facts.RiskLevel) ||
              !controls.RollbackReady.Passed ? Rag.Amber
            : Rag.Green;
        var context = stops.Any(s => s.Kind == StopConditionKind.CustomerDataWithoutReview) ? Rag.Red
            : initiative.DataTouched.Count == 0 ? Rag.Amber : Rag.Green;
        var evaluation = EvaluationFor(facts, metrics, stops);
        var economics = (spend.OverCap && !spend.OverageApproved) || spend.OpenOverruns.Count > 0 || spend.Cap <= 0 ? Rag.Red
            : spend.OverCap || !controls.FullCost.Passed || spend.Forecast > spend.Cap ? Rag.Amber : Rag.Green;
        return new LayerRatings(workflow, policy, context, evaluation, economics);
    }

    private static Rag EvaluationFor(InitiativeFacts facts, IReadOnlyList<MetricReview> metrics, IReadOnlyList<StopCondition> stops)
    {
        if (metrics.Count == 0 || stops.Any(s => s.Kind == StopConditionKind.SuccessNotMeasurable) ||
            metrics.Any(m => m.State == MetricState.Stop) ||
            PauseRules.MissesInARow(facts.Metrics, facts.History).Count > 0 ||
            PauseRules.EditsOutweighSavings(facts.Metrics, facts.History).Count > 0)
        {
            return Rag.Red;
        }
        var freshLimit = 2 * facts.CadenceDays;
        return metrics.Count is < FixRules.MinMetrics or > FixRules.MaxMetrics ||
               metrics.Any(m => m.Latest is null || facts.AsOf.DayNumber - m.Latest.PeriodEnd.DayNumber > freshLimit)
            ? Rag.Amber
            : Rag.Green;
    }

    /// <summary>
    /// True when <paramref name="checkpoint"/> is as strong as <paramref name="level"/> needs: any for Low; Approve
    /// each output or Two-person approval for Medium and High.
    /// </summary>
    public static bool CheckpointSuffices(HumanCheckpoint? checkpoint, RiskLevel level) =>
        level == RiskLevel.Low || checkpoint is HumanCheckpoint.ApproveEachOutput or HumanCheckpoint.TwoPersonApproval;
}
