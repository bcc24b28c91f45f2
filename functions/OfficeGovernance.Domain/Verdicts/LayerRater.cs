using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Red/Amber/Green per layer (PRODUCT.md section 2, Layers):
/// Workflow: Red no owner, Amber Workflow blank. Policy: Red any stop condition, Amber risk level classified rather
/// than set or HumanCheckpoint weaker than the level needs (High: Approve each output or Two-person approval;
/// Medium: at least Approve each output). Context: Red customer data without review, Amber DataTouched blank.
/// Evaluation: Red no metrics, Amber fewer than 3 or more than 5 metrics or a metric without a fresh observation
/// (within two review cadences, 14 days Weekly or 28 Biweekly, before as-of). Economics: Red over the cap
/// unapproved, a past month's overrun still open, or no cap, Amber full-cost categories missing or forecast over the cap. Green otherwise.
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
        var workflow = stops.Any(s => s.Kind == StopConditionKind.NoOwner) ? Rag.Red
            : string.IsNullOrWhiteSpace(initiative.Workflow) ? Rag.Amber : Rag.Green;
        var policy = stops.Count > 0 ? Rag.Red
            : facts.RiskLevelClassified || !CheckpointSuffices(initiative.HumanCheckpoint, facts.RiskLevel) ? Rag.Amber
            : Rag.Green;
        var context = stops.Any(s => s.Kind == StopConditionKind.CustomerDataWithoutReview) ? Rag.Red
            : initiative.DataTouched.Count == 0 ? Rag.Amber : Rag.Green;
        var freshLimit = 2 * facts.CadenceDays;
        var evaluation = metrics.Count == 0 ? Rag.Red
            : metrics.Count is < VerdictRules.MinMetrics or > VerdictRules.MaxMetrics ||
              metrics.Any(m => m.Latest is null || facts.AsOf.DayNumber - m.Latest.PeriodEnd.DayNumber > freshLimit)
                ? Rag.Amber
                : Rag.Green;
        var economics = (spend.OverCap && !spend.OverageApproved) || spend.OpenOverruns.Count > 0 || spend.Cap <= 0 ? Rag.Red
            : !controls.FullCost.Passed || spend.Forecast > spend.Cap ? Rag.Amber : Rag.Green;
        return new LayerRatings(workflow, policy, context, evaluation, economics);
    }

    /// <summary>
    /// True when <paramref name="checkpoint"/> is as strong as <paramref name="level"/> needs: any for Low; Approve
    /// each output or Two-person approval for Medium and High.
    /// </summary>
    public static bool CheckpointSuffices(HumanCheckpoint? checkpoint, RiskLevel level) =>
        level == RiskLevel.Low || checkpoint is HumanCheckpoint.ApproveEachOutput or HumanCheckpoint.TwoPersonApproval;
}
