using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

/// <summary>PauseRules: stop conditions, misses in a row over the trend window, edits that outweigh the savings, spend over the cap without an approved overage.</summary>
public class PauseRulesTests
{
    [Fact]
    public void Review_MissedTwoCyclesInARow_PauseWithBothValues()
    {
        var asOf = new DateOnly(2026, 11, 10);
        var review = PortfolioBuilder.Healthy()
            .Observe("I1", "Handle time", new DateOnly(2026, 10, 31), 12.5)
            .Observe("I1", "Handle time", ReviewDates.Previous, 13)
            .ReviewFirst(asOf);
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Equal("missed the target two review cycles in a row: Handle time 12.5 min on 2026-10-31 and 13 min " +
                     "on 2026-11-07 (success at 10 min)", review.Reasons[0]);
    }

    [Fact]
    public void Review_MissAcrossAGap_NotTwoCyclesButFix()
    {
        var review = PortfolioBuilder.Healthy()
            .Observe("I1", "Handle time", new DateOnly(2026, 10, 31), 12.5)
            .Observe("I1", "Handle time", ReviewDates.Previous, 13)
            .WithoutObservations("I1", "Handle time", ReviewDates.Latest)
            .ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("Handle time is 13 min (stop at 14 min, success at 10 min)", review.Reasons[0]);
    }

    [Fact]
    public void Review_MissedOnlyLatestPeriod_FixNotPause()
    {
        var review = PortfolioBuilder.Healthy().Observe("I1", "Handle time", ReviewDates.Latest, 12).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
    }

    [Fact]
    public void Review_ReviewTimeAtLeastSpeedBothPeriods_PauseEditsCostMore()
    {
        var review = WithReviewTime(9, 10).ReviewFirst();
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Equal("edits cost more time than the drafts save: Review time 9 min vs Handle time 9 min on 2026-11-07 " +
                     "and 10 min vs 9 min on 2026-11-14", review.Reasons[0]);
    }

    [Fact]
    public void Review_ReviewTimeBelowSpeedInOnePeriod_NoEditsReason()
    {
        var review = WithReviewTime(8.9, 10).ReviewFirst();
        Assert.DoesNotContain(review.Reasons, r => r.StartsWith("edits cost", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_ReviewTimeInOtherUnit_NoEditsReason()
    {
        var review = WithReviewTime(9, 10, unit: "h").ReviewFirst();
        Assert.DoesNotContain(review.Reasons, r => r.StartsWith("edits cost", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_OverCapWithoutOverage_Pause()
    {
        var review = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 12), SpendCategory.ModelUsage, 600m).ReviewFirst();
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.StartsWith("month-to-date spend 1,100.00 USD is over the cap 1,000.00 USD without an approved overage",
            review.Reasons[0]);
    }

    private static PortfolioBuilder WithReviewTime(double previous, double latest, string unit = "min") =>
        PortfolioBuilder.Healthy()
            .WithMetric(new MetricBuilder("Review time").Kind(MetricKind.ReviewTime).Unit(unit).LowerIsBetter(10, 20))
            .Observe("I1", "Review time", ReviewDates.Previous, previous)
            .Observe("I1", "Review time", ReviewDates.Latest, latest);

    [Fact]
    public void MissesInARow_WindowOfThreeMissedInAll_ReasonNamesThreeCycles()
    {
        var metric = new MetricBuilder("Accuracy").Build();
        var early = new DateOnly(2026, 10, 31);
        var history = new ScorecardHistory(
            [Observe(early, 80), Observe(ReviewDates.Previous, 81), Observe(ReviewDates.Latest, 82)],
            ReviewDates.AsOf, trendPeriods: 3);

        var reasons = PauseRules.MissesInARow([metric], history);

        Assert.Equal(
            ["missed the target three review cycles in a row: Accuracy 80 % on 2026-10-31, 81 % on 2026-11-07 and " +
             "82 % on 2026-11-14 (success at 90 %)"], reasons);
    }

    [Fact]
    public void MissesInARow_WindowOfThreeWithTwoPeriodsObserved_None()
    {
        var metric = new MetricBuilder("Accuracy").Build();
        var history = new ScorecardHistory([Observe(ReviewDates.Previous, 81), Observe(ReviewDates.Latest, 82)],
            ReviewDates.AsOf, trendPeriods: 3);

        Assert.Empty(PauseRules.MissesInARow([metric], history));
    }

    private static Observation Observe(DateOnly date, double value) =>
        new() { InitiativeId = "I1", Metric = "Accuracy", PeriodEnd = date, Value = value };
}
