using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class ScorecardHistoryTests
{
    [Fact]
    public void TrendPeriods_DistinctDatesAcrossMetricsOnOrBeforeAsOf_OlderFirst()
    {
        var history = new ScorecardHistory(
        [
            Observe("Accuracy", new DateOnly(2026, 10, 31), 90),
            Observe("Handle time", ReviewDates.Previous, 9),
            Observe("Accuracy", ReviewDates.Previous, 90),
            Observe("Accuracy", ReviewDates.AsOf.AddDays(7), 90),
            Observe("Handle time", ReviewDates.AsOf, 9),
        ], ReviewDates.AsOf, trendPeriods: 2);
        Assert.Equal([ReviewDates.Previous, ReviewDates.AsOf], history.TrendPeriods);
    }

    [Fact]
    public void TrendPeriods_OnePeriod_ReturnsOne()
    {
        var history = new ScorecardHistory([Observe("Accuracy", ReviewDates.Latest, 1), Observe("CSAT", ReviewDates.Latest, 1)],
            ReviewDates.AsOf, trendPeriods: 2);
        Assert.Equal([ReviewDates.Latest], history.TrendPeriods);
    }

    [Fact]
    public void TrendPeriods_WindowOfThreeOutOfOrder_LatestThreeOlderFirst()
    {
        var history = new ScorecardHistory(
        [
            Observe("Accuracy", ReviewDates.Latest, 90),
            Observe("Accuracy", new DateOnly(2026, 10, 24), 90),
            Observe("Accuracy", ReviewDates.Previous, 90),
            Observe("CSAT", new DateOnly(2026, 10, 31), 90),
            Observe("CSAT", ReviewDates.Latest, 90),
            Observe("CSAT", ReviewDates.AsOf.AddDays(1), 90),
        ], ReviewDates.AsOf, trendPeriods: 3);
        Assert.Equal([new DateOnly(2026, 10, 31), ReviewDates.Previous, ReviewDates.Latest], history.TrendPeriods);
        Assert.True(history.HasFullTrend);
    }

    [Fact]
    public void HasFullTrend_FewerPeriodsThanTheWindow_False()
    {
        var history = new ScorecardHistory([Observe("Accuracy", ReviewDates.Previous, 1), Observe("Accuracy", ReviewDates.Latest, 1)],
            ReviewDates.AsOf, trendPeriods: 3);
        Assert.Equal([ReviewDates.Previous, ReviewDates.Latest], history.TrendPeriods);
        Assert.False(history.HasFullTrend);
    }

    [Fact]
    public void Constructor_WindowOfZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScorecardHistory([], ReviewDates.AsOf, trendPeriods: 0));

    [Fact]
    public void StateAt_MetricMissingInPeriod_Unmeasured()
    {
        var metric = new MetricBuilder().Build();
        var history = new ScorecardHistory([Observe("Handle time", ReviewDates.Latest, 9)], ReviewDates.AsOf, trendPeriods: 2);
        Assert.Equal(MetricState.Unmeasured, history.StateAt(metric, ReviewDates.Latest));
    }

    [Fact]
    public void At_MetricNameDiffersInCase_Matches()
    {
        var history = new ScorecardHistory([Observe("ACCURACY", ReviewDates.Latest, 91)], ReviewDates.AsOf, trendPeriods: 2);
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
        ], ReviewDates.AsOf, trendPeriods: 2);
        Assert.Equal(91, history.At("Accuracy", ReviewDates.Latest)!.Value);
        Assert.Equal(80, history.At("Accuracy", ReviewDates.Previous)!.Value);
        Assert.Null(history.At("Accuracy", ReviewDates.AsOf.AddDays(1)));
        Assert.Null(history.At("CSAT", ReviewDates.Latest));
    }

    private static Observation Observe(string metric, DateOnly date, double value) =>
        new() { InitiativeId = "I1", Metric = metric, PeriodEnd = date, Value = value };
}
