using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// An initiative's observations by metric and its last two periods (docs/rules.md#as-of-date-and-periods: "a period is one
/// PeriodEnd of Observations"). The last two periods are the two latest distinct PeriodEnd values, over all the
/// initiative's metrics, on or before the as-of date (workbook time zone). A metric's state in a period comes from
/// its observation at that PeriodEnd; without one it is Unmeasured there (a gap is not a miss).
/// </summary>
public sealed class ScorecardHistory
{
    // A metric has one observation per period, a few dozen in all, so a period is found by a scan of its list
    // rather than through a dictionary per metric (10,000 of them in a large portfolio).
    private readonly Dictionary<string, List<Observation>> _listByMetric = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes <paramref name="observations"/> (one initiative's) as of <paramref name="asOf"/>.</summary>
    public ScorecardHistory(IEnumerable<Observation> observations, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(observations);
        DateOnly? latest = null;
        DateOnly? previous = null;
        foreach (var observation in observations)
        {
            if (!_listByMetric.TryGetValue(observation.Metric, out var list))
            {
                list = [];
                _listByMetric[observation.Metric] = list;
            }
            list.Add(observation);
            var date = observation.PeriodEnd;
            if (date > asOf || date == latest || date == previous)
            {
                continue;
            }
            if (latest is null || date > latest)
            {
                previous = latest;
                latest = date;
            }
            else if (previous is null || date > previous)
            {
                previous = date;
            }
        }
        LastTwoPeriods = previous is { } p && latest is { } l ? [p, l] : latest is { } only ? [only] : [];
    }

    /// <summary>The last two periods, older first; fewer when fewer periods were observed.</summary>
    public IReadOnlyList<DateOnly> LastTwoPeriods { get; }

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
