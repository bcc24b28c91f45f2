using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Builds a Metrics row; defaults to "Accuracy" in %, higher is better, stop at 75, success at 90.</summary>
public sealed class MetricBuilder
{
    private Metric _metric;

    public MetricBuilder(string name = "Accuracy", string initiativeId = "I1")
    {
        _metric = new Metric
        {
            InitiativeId = initiativeId,
            Name = name,
            Kind = MetricKind.Quality,
            Unit = "%",
            Direction = MetricDirection.HigherIsBetter,
            Baseline = 70,
            SuccessAt = 90,
            StopAt = 75,
        };
    }

    public static MetricBuilder HandleTime(string initiativeId = "I1") =>
        new MetricBuilder("Handle time", initiativeId).Kind(MetricKind.Speed).Unit("min").LowerIsBetter(10, 14);

    public static MetricBuilder Satisfaction(string initiativeId = "I1") =>
        new MetricBuilder("CSAT", initiativeId).Kind(MetricKind.Business).Unit(null).HigherIsBetter(4.5, 3);

    public MetricBuilder HigherIsBetter(double successAt, double stopAt) =>
        With(m => m with { Direction = MetricDirection.HigherIsBetter, SuccessAt = successAt, StopAt = stopAt });

    public MetricBuilder LowerIsBetter(double successAt, double stopAt) =>
        With(m => m with { Direction = MetricDirection.LowerIsBetter, SuccessAt = successAt, StopAt = stopAt });

    public MetricBuilder Kind(MetricKind? kind) => With(m => m with { Kind = kind });
    public MetricBuilder Unit(string? unit) => With(m => m with { Unit = unit });

    public MetricBuilder With(Func<Metric, Metric> change)
    {
        _metric = change(_metric);
        return this;
    }

    public Metric Build() => _metric;
}
