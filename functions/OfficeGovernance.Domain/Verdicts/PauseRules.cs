using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// What pauses an initiative (docs/rules.md#verdicts, rule 2): a stop condition holds; a metric missed its target in
/// every period of the trend window ("two review cycles in a row"); review time outweighed the time the drafts save in
/// every period of the window; or month-to-date spend is over the cap without an approved overage. The window is the
/// <see cref="ScorecardHistory"/>'s (<see cref="VerdictRules.TrendPeriods"/>); a period where a metric has no
/// observation is not a miss (the metric shows up as Unmeasured instead).
/// </summary>
public static class PauseRules
{
    /// <summary>Every reason to pause, in that order; empty when none holds.</summary>
    /// <param name="facts">The initiative's facts (its metrics and their history).</param>
    /// <param name="stops">The stop conditions that hold.</param>
    /// <param name="spend">Its spend summary.</param>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static List<string> Reasons(InitiativeFacts facts, IReadOnlyList<StopCondition> stops, SpendSummary spend)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(spend);
        var reasons = stops.Select(s => s.Message).ToList();
        reasons.AddRange(MissesInARow(facts.Metrics, facts.History));
        reasons.AddRange(EditsOutweighSavings(facts.Metrics, facts.History));
        if (spend.OverCap && !spend.OverageApproved)
        {
            var currency = facts.Settings.Currency;
            reasons.Add($"month-to-date spend {ValueText.Money(spend.MonthToDate, currency)} is over the cap " +
                        $"{ValueText.Money(spend.Cap, currency)} without an approved overage: {spend.OverageNote}");
        }
        return reasons;
    }

    /// <summary>
    /// "Missed the target two review cycles in a row": one reason per metric measured and not at Success (Retry or
    /// Stop) in every period of the trend window, such as "missed the target two review cycles in a row: Handle time
    /// 12.5 min on 2026-10-31 and 13 min on 2026-11-07 (success at 10 min)". Empty while the window is not full.
    /// </summary>
    /// <exception cref="ArgumentException">A metric's thresholds contradict its direction.</exception>
    public static IReadOnlyList<string> MissesInARow(IReadOnlyList<Metric> metrics, ScorecardHistory history)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(history);
        if (!history.HasFullTrend)
        {
            return [];
        }
        var periods = history.TrendPeriods;
        return metrics
            .Where(m => periods.All(p => IsMiss(history.StateAt(m, p))))
            .Select(m => $"missed the target {TrendText.Count(periods.Count)} review cycles in a row: {m.Name} " +
                         TrendText.And(periods.Select(p => $"{Value(m, history, p)} on {ValueText.Date(p)}").ToArray()) +
                         $" (success at {ValueText.Quantity(m.SuccessAt, m.Unit)})")
            .ToArray();
    }

    /// <summary>
    /// "Edits cost more time than the drafts save": one reason per pair of a Review time metric and a Speed metric
    /// with the same non-blank Unit (trimmed, case-insensitive) where, in every period of the trend window, both were
    /// observed and the review time was at least the speed metric's value. Empty while the window is not full.
    /// </summary>
    public static IReadOnlyList<string> EditsOutweighSavings(IReadOnlyList<Metric> metrics, ScorecardHistory history)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(history);
        if (!history.HasFullTrend)
        {
            return [];
        }
        var periods = history.TrendPeriods;
        var reasons = new List<string>();
        foreach (var review in metrics.Where(m => m.Kind == MetricKind.ReviewTime && !string.IsNullOrWhiteSpace(m.Unit)))
        {
            foreach (var speed in metrics.Where(m => m.Kind == MetricKind.Speed && SameUnit(m, review)))
            {
                if (periods.All(p => Outweighs(review, speed, history, p)))
                {
                    var each = periods.Select((p, i) =>
                        (i == 0 ? $"{review.Name} {Value(review, history, p)} vs {speed.Name} "
                                : $"{Value(review, history, p)} vs ") +
                        $"{Value(speed, history, p)} on {ValueText.Date(p)}").ToArray();
                    reasons.Add("edits cost more time than the drafts save: " + TrendText.And(each));
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
