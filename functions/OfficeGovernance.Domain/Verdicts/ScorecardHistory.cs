using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// An initiative's observations by metric and its trend window (docs/rules.md#as-of-date-and-periods: "a period is one
/// PeriodEnd of Observations"). The trend window is the latest <see cref="TrendPeriodCount"/> distinct PeriodEnd
/// values, over all the initiative's metrics, on or before the as-of date (workbook time zone); the verdict rules use
/// a window of two (<see cref="VerdictRules.TrendPeriods"/>). A metric's state in a period comes from its observation
/// at that PeriodEnd; without one it is Unmeasured there (a gap is not a miss).
/// </summary>
public sealed class ScorecardHistory
{
    // A metric has one observation per period, a few dozen in all, so a period is found by a scan of its list
    // rather than through a dictionary per metric (10,000 of them in a large portfolio).
    private readonly Dictionary<string, List<Observation>> _listByMetric = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes <paramref name="observations"/> (one initiative's) as of <paramref name="asOf"/>.</summary>
    /// <param name="observations">The initiative's observations, in table order.</param>
    /// <param name="asOf">The as-of date; later periods are outside the window.</param>
    /// <param name="trendPeriods">How many of the latest periods make the trend window (the rules' "in a row").</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trendPeriods"/> is less than 1.</exception>
    public ScorecardHistory(IEnumerable<Observation> observations, DateOnly asOf, int trendPeriods)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(trendPeriods, 1);
        TrendPeriodCount = trendPeriods;
        // The latest distinct periods seen so far, newest first; at most trendPeriods of them.
        var latest = new List<DateOnly>(trendPeriods + 1);
        foreach (var observation in observations)
        {
            if (!_listByMetric.TryGetValue(observation.Metric, out var list))
            {
                list = [];
                _listByMetric[observation.Metric] = list;
            }
            list.Add(observation);
            var date = observation.PeriodEnd;
            if (date > asOf || latest.Contains(date))
            {
                continue;
            }
            var at = latest.FindIndex(d => date > d);
            if (at < 0)
            {
                if (latest.Count < trendPeriods)
                {
                    latest.Add(date);
                }
                continue;
            }
            latest.Insert(at, date);
            if (latest.Count > trendPeriods)
            {
                latest.RemoveAt(latest.Count - 1);
            }
        }
        latest.Reverse();
        TrendPeriods = latest;
    }

    /// <summary>How many periods the trend window holds when enough are observed.</summary>
    public int TrendPeriodCount { get; }

    /// <summary>
    /// The trend window: the latest <see cref="TrendPeriodCount"/> periods, older first; fewer when fewer periods
    /// were observed.
    /// </summary>
    public IReadOnlyList<DateOnly> TrendPeriods { get; }

    /// <summary>True when the trend window is full: every period of it was observed.</summary>
    public bool HasFullTrend => TrendPeriods.Count == TrendPeriodCount;

    /// <summary>Every observation of a metric, in table order; empty when none.</summary>
    public IReadOnlyList<Observation> ObservationsOf(string metricName) =>
        _listByMetric.TryGetValue(metricName, out var list) ? list : [];

    /// <summary>The metric's observation at <paramref name="period"/> (the last in table order when several are);
    /// null when it has none there.</summary>
    public Observation? At(string metricName, DateOnly period)
    {
        if (!_listByMetric.TryGetValue(metricName, out var list))
        {
            return null;
        }
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].PeriodEnd == period)
            {
                return list[i];
            }
        }
        return null;
    }

    /// <summary>The metric's state at <paramref name="period"/>; Unmeasured when it has no observation there.</summary>
    /// <exception cref="ArgumentException">The metric's thresholds contradict its direction.</exception>
    public MetricState StateAt(Metric metric, DateOnly period) =>
        At(metric.Name, period) is { } observation
            ? MetricStateEvaluator.StateOf(metric, observation.Value)
            : MetricState.Unmeasured;
}
