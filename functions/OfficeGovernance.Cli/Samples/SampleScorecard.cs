using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Cli.Samples;

/// <summary>
/// Generates a sample initiative's scorecard and weekly observations. Values before the last two periods drift from
/// the baseline towards the target with seeded noise; the last two periods are set to the states its scenario needs.
/// </summary>
internal sealed class SampleScorecard(Random random, DateOnly asOf, int periods)
{
    private static readonly Metric[] Templates =
    [
        Template("Draft acceptance", MetricKind.Quality, "%", MetricDirection.HigherIsBetter, 45, 80, 35),
        Template("Handle time", MetricKind.Speed, "minutes", MetricDirection.LowerIsBetter, 22, 14, 26),
        Template("Error rate", MetricKind.ErrorRate, "%", MetricDirection.LowerIsBetter, 6, 2.5, 8),
        Template("Cases closed per week", MetricKind.Business, "cases", MetricDirection.HigherIsBetter, 100, 130, 90),
        Template("Uptime", MetricKind.Reliability, "%", MetricDirection.HigherIsBetter, 97, 99.5, 95),
    ];

    /// <summary>The period ends, oldest first: one a week, the last on the as-of date.</summary>
    public IReadOnlyList<DateOnly> PeriodEnds { get; } =
        Enumerable.Range(0, periods).Select(i => asOf.AddDays(-7 * (periods - 1 - i))).ToArray();

    /// <summary>The standard scorecard of <paramref name="count"/> metrics (3 to 5) for an initiative.</summary>
    public IReadOnlyList<Metric> Standard(string initiativeId, int count) =>
        Templates.Take(count).Select(t => t with { InitiativeId = initiativeId }).ToArray();

    /// <summary>A metric outside the standard set.</summary>
    public static Metric Extra(string initiativeId, string name, MetricKind kind, string unit, MetricDirection direction,
        double baseline, double successAt, double stopAt) =>
        Template(name, kind, unit, direction, baseline, successAt, stopAt) with { InitiativeId = initiativeId };

    /// <summary>
    /// Observations of a metric in every period; <paramref name="previous"/> and <paramref name="latest"/> are the
    /// states of the last two periods. <see cref="MetricState.Unmeasured"/> leaves that period out; in both, the
    /// metric has no observations at all.
    /// </summary>
    public IEnumerable<Observation> Observe(Metric metric, MetricState previous, MetricState latest, string source)
    {
        if (previous == MetricState.Unmeasured && latest == MetricState.Unmeasured)
        {
            // A metric added to the scorecard but never measured.
            yield break;
        }
        for (var i = 0; i < PeriodEnds.Count; i++)
        {
            var state = i == PeriodEnds.Count - 1 ? latest : i == PeriodEnds.Count - 2 ? previous : MetricState.Retry;
            if (state == MetricState.Unmeasured)
            {
                continue;
            }
            var value = i < PeriodEnds.Count - 2 ? Drift(metric, i) : ValueFor(metric, state);
            yield return new Observation
            {
                InitiativeId = metric.InitiativeId, Metric = metric.Name, PeriodEnd = PeriodEnds[i],
                Value = Math.Round(value, 2), Source = source,
            };
        }
    }

    /// <summary>A value in the given state: past the success threshold, between the thresholds, or past stop.</summary>
    public double ValueFor(Metric metric, MetricState state)
    {
        var sign = metric.Direction == MetricDirection.HigherIsBetter ? 1 : -1;
        var gap = Math.Abs(metric.SuccessAt - metric.StopAt);
        return state switch
        {
            MetricState.Success => metric.SuccessAt + sign * gap * (0.05 + random.NextDouble() * 0.25),
            MetricState.Stop => metric.StopAt - sign * gap * (0.05 + random.NextDouble() * 0.15),
            _ => metric.StopAt + sign * gap * (0.3 + random.NextDouble() * 0.4),
        };
    }

    private double Drift(Metric metric, int period)
    {
        var progress = (double)period / PeriodEnds.Count;
        var noise = (random.NextDouble() - 0.5) * Math.Abs(metric.SuccessAt - metric.StopAt) * 0.2;
        return metric.Baseline + (metric.SuccessAt - metric.Baseline) * progress * 0.8 + noise;
    }

    private static Metric Template(string name, MetricKind kind, string unit, MetricDirection direction,
        double baseline, double successAt, double stopAt) => new()
    {
        InitiativeId = string.Empty, Name = name, Kind = kind, Unit = unit, Direction = direction,
        Baseline = baseline, SuccessAt = successAt, StopAt = stopAt,
    };
}
