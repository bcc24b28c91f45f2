using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// An initiative's observations by metric and its last two periods (PRODUCT.md section 2: "a period is one
/// PeriodEnd of Observations"). The last two periods are the two latest distinct PeriodEnd values, over all the
/// initiative's metrics, on or before the as-of date (workbook time zone). A metric's state in a period comes from
/// its observation at that PeriodEnd; without one it is Unmeasured there (a gap is not a miss).
/// </summary>
public sealed class ScorecardHistory
{
    private readonly Dictionary<string, Dictionary<DateOnly, Observation>> _byMetric =
        new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Observation>> _listByMetric = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes <paramref name="observations"/> (one initiative's) as of <paramref name="asOf"/>.</summary>
    public ScorecardHistory(IEnumerable<Observation> observations, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(observations);
        DateOnly? latest = null;
        DateOnly? previous = null;
        foreach (var observation in observations)
        {
            if (!_byMetric.TryGetValue(observation.Metric, out var periods))
            {
                periods = [];
                _byMetric[observation.Metric] = periods;
                _listByMetric[observation.Metric] = [];
            }
            periods[observation.PeriodEnd] = observation;
            _listByMetric[observation.Metric].Add(observation);
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

    /// <summary>The metric's observation at <paramref name="period"/>; null when it has none there.</summary>
    public Observation? At(string metricName, DateOnly period) =>
        _byMetric.TryGetValue(metricName, out var periods) && periods.TryGetValue(period, out var observation)
            ? observation
            : null;

    /// <summary>The metric's state at <paramref name="period"/>; Unmeasured when it has no observation there.</summary>
    /// <exception cref="ArgumentException">The metric's thresholds contradict its direction.</exception>
    public MetricState StateAt(Metric metric, DateOnly period) =>
        At(metric.Name, period) is { } observation
            ? MetricStateEvaluator.StateOf(metric, observation.Value)
            : MetricState.Unmeasured;
}
