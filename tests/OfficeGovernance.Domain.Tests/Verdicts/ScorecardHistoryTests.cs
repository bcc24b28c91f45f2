using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class ScorecardHistoryTests
{
    [Fact]
    public void LastTwoPeriods_DistinctDatesAcrossMetricsOnOrBeforeAsOf_OlderFirst()
    {
        var history = new ScorecardHistory(
        [
            Observe("Accuracy", new DateOnly(2026, 10, 31), 90),
            Observe("Handle time", ReviewDates.Previous, 9),
            Observe("Accuracy", ReviewDates.Previous, 90),
            Observe("Accuracy", ReviewDates.AsOf.AddDays(7), 90),
            Observe("Handle time", ReviewDates.AsOf, 9),
        ], ReviewDates.AsOf);
        Assert.Equal([ReviewDates.Previous, ReviewDates.AsOf], history.LastTwoPeriods);
    }

    [Fact]
    public void LastTwoPeriods_OnePeriod_ReturnsOne()
    {
        var history = new ScorecardHistory([Observe("Accuracy", ReviewDates.Latest, 1), Observe("CSAT", ReviewDates.Latest, 1)],
            ReviewDates.AsOf);
        Assert.Equal([ReviewDates.Latest], history.LastTwoPeriods);
    }

    [Fact]
    public void StateAt_MetricMissingInPeriod_Unmeasured()
    {
        var metric = new MetricBuilder().Build();
        var history = new ScorecardHistory([Observe("Handle time", ReviewDates.Latest, 9)], ReviewDates.AsOf);
        Assert.Equal(MetricState.Unmeasured, history.StateAt(metric, ReviewDates.Latest));
    }

    [Fact]
    public void At_MetricNameDiffersInCase_Matches()
    {
        var history = new ScorecardHistory([Observe("ACCURACY", ReviewDates.Latest, 91)], ReviewDates.AsOf);
        Assert.Equal(91, history.At("accuracy", ReviewDates.Latest)!.Value);
    }

    [Fact]
    public void At_TwoObservationsOfOnePeriod_TheLastInTableOrder()
    {
        var history = new ScorecardHistory(
        [
            Observe("Accuracy", ReviewDates.Latest, 70),
            Observe("Accuracy", ReviewDates.Previous, 80),
            Observe("Accuracy", ReviewDates.Latest, 91),
        ], ReviewDates.AsOf);
        Assert.Equal(91, history.At("Accuracy", ReviewDates.Latest)!.Value);
        Assert.Equal(80, history.At("Accuracy", ReviewDates.Previous)!.Value);
        Assert.Null(history.At("Accuracy", ReviewDates.AsOf.AddDays(1)));
        Assert.Null(history.At("CSAT", ReviewDates.Latest));
    }

    private static Observation Observe(string metric, DateOnly date, double value) =>
        new() { InitiativeId = "I1", Metric = metric, PeriodEnd = date, Value = value };
}
