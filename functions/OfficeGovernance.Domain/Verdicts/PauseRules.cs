using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The two-period rules of docs/rules.md#verdicts, over the last two periods of <see cref="ScorecardHistory"/>.
/// A period where a metric has no observation is not a miss (the metric shows up as Unmeasured instead).
/// </summary>
public static class ScorecardTrends
{
    /// <summary>
    /// "Missed the target two review cycles in a row": one reason per metric measured and not at Success (Retry or
    /// Stop) in both of the last two periods, such as "missed the target two review cycles in a row: Handle time
    /// 12.5 min on 2026-10-31 and 13 min on 2026-11-07 (success at 10 min)". Empty with fewer than two periods.
    /// </summary>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static IReadOnlyList<string> TwoCycleMisses(IReadOnlyList<Metric> metrics, ScorecardHistory history)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(history);
        if (history.LastTwoPeriods is not [var first, var second])
        {
            return [];
        }
        return metrics
            .Where(m => IsMiss(history.StateAt(m, first)) && IsMiss(history.StateAt(m, second)))
            .Select(m => "missed the target two review cycles in a row: " +
                         $"{m.Name} {Value(m, history, first)} on {ValueText.Date(first)} and " +
                         $"{Value(m, history, second)} on {ValueText.Date(second)} " +
                         $"(success at {ValueText.Quantity(m.SuccessAt, m.Unit)})")
            .ToArray();
    }

    /// <summary>
    /// "Edits cost more time than the drafts save": one reason per pair of a Review time metric and a Speed metric
    /// with the same non-blank Unit (trimmed, case-insensitive) where, in each of the last two periods, both were
    /// observed and the review time was at least the speed metric's value.
    /// </summary>
    public static IReadOnlyList<string> EditsOutweighSavings(IReadOnlyList<Metric> metrics, ScorecardHistory history)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(history);
        if (history.LastTwoPeriods is not [var first, var second])
        {
            return [];
        }
        var reasons = new List<string>();
        foreach (var review in metrics.Where(m => m.Kind == MetricKind.ReviewTime && !string.IsNullOrWhiteSpace(m.Unit)))
        {
            foreach (var speed in metrics.Where(m => m.Kind == MetricKind.Speed && SameUnit(m, review)))
            {
                if (Outweighs(review, speed, history, first) && Outweighs(review, speed, history, second))
                {
                    reasons.Add("edits cost more time than the drafts save: " +
                                $"{review.Name} {Value(review, history, first)} vs {speed.Name} " +
                                $"{Value(speed, history, first)} on {ValueText.Date(first)} and " +
                                $"{Value(review, history, second)} vs {Value(speed, history, second)} on " +
                                ValueText.Date(second));
                }
            }
        }
        return reasons;
    }

    private static bool IsMiss(MetricState state) => state is MetricState.Retry or MetricState.Stop;

    private static bool SameUnit(Metric a, Metric b) =>
        !string.IsNullOrWhiteSpace(a.Unit) && !string.IsNullOrWhiteSpace(b.Unit) &&
        string.Equals(a.Unit.Trim(), b.Unit.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Outweighs(Metric review, Metric speed, ScorecardHistory history, DateOnly period) =>
        history.At(review.Name, period) is { } r && history.At(speed.Name, period) is { } s && r.Value >= s.Value;

    private static string Value(Metric metric, ScorecardHistory history, DateOnly period) =>
        ValueText.Quantity(history.At(metric.Name, period)!.Value, metric.Unit);
}
