namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// What stops an initiative (docs/rules.md#verdicts, rule 1): a metric in Stop state as of the as-of date. (Status
/// Stopped is reported as Stop by <see cref="VerdictRules"/> before any rule is judged.)
/// </summary>
public static class StopRules
{
    /// <summary>One reason per metric in Stop state, quoting its value and thresholds; empty when none is.</summary>
    /// <param name="facts">The initiative's facts (for the as-of date).</param>
    /// <param name="metrics">Its metric reviews, in scorecard order.</param>
    public static List<string> Reasons(InitiativeFacts facts, IReadOnlyList<MetricReview> metrics)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.Where(m => m.State == MetricState.Stop)
            .Select(m => MetricStateEvaluator.Describe(m, facts.AsOf)).ToList();
    }
}
