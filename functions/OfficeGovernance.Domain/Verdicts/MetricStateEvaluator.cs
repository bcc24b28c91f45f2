using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// A metric's state (docs/rules.md#metric-state): direction-aware and with inclusive thresholds.
/// Higher is better: Success when value &gt;= SuccessAt, Stop when value &lt;= StopAt, else Retry.
/// Lower is better: Success when value &lt;= SuccessAt, Stop when value &gt;= StopAt, else Retry.
/// </summary>
public static class MetricStateEvaluator
{
    /// <summary>The state of one value of <paramref name="metric"/>.</summary>
    /// <exception cref="ArgumentException">The metric's thresholds contradict its direction (invalid input).</exception>
    public static MetricState StateOf(Metric metric, double value)
    {
        ArgumentNullException.ThrowIfNull(metric);
        EnsureConsistent(metric);
        return metric.Direction == MetricDirection.HigherIsBetter
            ? value >= metric.SuccessAt ? MetricState.Success : value <= metric.StopAt ? MetricState.Stop : MetricState.Retry
            : value <= metric.SuccessAt ? MetricState.Success : value >= metric.StopAt ? MetricState.Stop : MetricState.Retry;
    }

    /// <summary>
    /// Reviews a metric from the latest of <paramref name="observations"/> (those of this metric) dated on or before
    /// <paramref name="asOf"/>; for two observations of the same period the later row wins. Unmeasured when none.
    /// </summary>
    /// <exception cref="ArgumentException">The metric's thresholds contradict its direction.</exception>
    public static MetricReview Evaluate(Metric metric, IEnumerable<Observation> observations, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(observations);
        EnsureConsistent(metric);
        Observation? latest = null;
        foreach (var observation in observations)
        {
            if (observation.PeriodEnd <= asOf && (latest is null || observation.PeriodEnd >= latest.PeriodEnd))
            {
                latest = observation;
            }
        }
        return latest is null
            ? new MetricReview(metric, MetricState.Unmeasured, null)
            : new MetricReview(metric, StateOf(metric, latest.Value), latest);
    }

    /// <summary>
    /// The review in words, quoting the value and thresholds: "Accuracy is 71 % (stop at 75 %, success at 90 %)",
    /// or "Accuracy has no observation on or before 2026-11-07" when unmeasured.
    /// </summary>
    public static string Describe(MetricReview review, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(review);
        var metric = review.Metric;
        return review.Latest is null
            ? $"{metric.Name} has no observation on or before {ValueText.Date(asOf)}"
            : $"{metric.Name} is {ValueText.Quantity(review.Latest.Value, metric.Unit)} ({Thresholds(metric)})";
    }

    /// <summary>The thresholds in words: "stop at 75 %, success at 90 %".</summary>
    public static string Thresholds(Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return $"stop at {ValueText.Quantity(metric.StopAt, metric.Unit)}, success at {ValueText.Quantity(metric.SuccessAt, metric.Unit)}";
    }

    private static void EnsureConsistent(Metric metric)
    {
        var consistent = metric.Direction == MetricDirection.HigherIsBetter
            ? metric.StopAt < metric.SuccessAt
            : metric.StopAt > metric.SuccessAt;
        if (!consistent)
        {
            throw new ArgumentException(
                $"Metric '{metric.Name}' of {metric.InitiativeId} has thresholds that contradict its direction " +
                $"({EnumLabels<MetricDirection>.Label(metric.Direction)}: stop at {ValueText.Number(metric.StopAt)}, " +
                $"success at {ValueText.Number(metric.SuccessAt)}).",
                nameof(metric));
        }
    }
}
