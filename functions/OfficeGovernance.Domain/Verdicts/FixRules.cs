namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// What an initiative must fix before it may expand (docs/rules.md#verdicts, rule 3): a metric at Retry or
/// Unmeasured; a scorecard of fewer than <see cref="MinMetrics"/> or more than <see cref="MaxMetrics"/> metrics; or,
/// while every metric succeeds, an expand control that fails ("fix controls before expanding").
/// </summary>
public static class FixRules
{
    /// <summary>The smallest and largest scorecard size that needs no fix.</summary>
    public const int MinMetrics = 3, MaxMetrics = 5;

    /// <summary>Every reason to fix, in that order; empty when none holds.</summary>
    /// <param name="facts">The initiative's facts (for the as-of date).</param>
    /// <param name="metrics">Its metric reviews, in scorecard order.</param>
    /// <param name="controls">The expand controls.</param>
    public static List<string> Reasons(InitiativeFacts facts, IReadOnlyList<MetricReview> metrics, ExpandControls controls)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(controls);
        var reasons = metrics.Where(m => m.State is MetricState.Retry or MetricState.Unmeasured)
            .Select(m => MetricStateEvaluator.Describe(m, facts.AsOf)).ToList();
        if (metrics.Count is > 0 and (< MinMetrics or > MaxMetrics))
        {
            reasons.Add($"the scorecard has {metrics.Count} metric{(metrics.Count == 1 ? "" : "s")} " +
                        $"(needs {MinMetrics} to {MaxMetrics})");
        }
        if (metrics.Count > 0 && metrics.All(m => m.State == MetricState.Success))
        {
            reasons.AddRange(FailingControls(controls).Select(c => $"fix controls before expanding: {c}"));
        }
        return reasons;
    }

    /// <summary>The messages of the expand controls that fail, in the order stop authority, full cost, rollback.</summary>
    public static IEnumerable<string> FailingControls(ExpandControls controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        return new[] { controls.StopAuthority, controls.FullCost, controls.RollbackReady }
            .Where(c => !c.Passed).Select(c => c.Message);
    }
}
