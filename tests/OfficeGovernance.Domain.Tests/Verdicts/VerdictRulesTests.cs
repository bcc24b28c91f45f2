using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class VerdictRulesTests
{
    [Fact]
    public void Review_AllSuccessTwoPeriodsControlsPass_Expand()
    {
        var review = PortfolioBuilder.Healthy().ReviewFirst();
        Assert.Equal(Verdict.Expand, review.Verdict);
        Assert.Equal("every metric met its target on 2026-11-07 and 2026-11-14, and every expand control passes",
            review.Reasons[0]);
    }

    [Fact]
    public void Review_MetricAtStopThreshold_StopQuotingValueAndThresholds()
    {
        var review = PortfolioBuilder.Healthy().Observe("I1", "Accuracy", ReviewDates.Latest, 71).ReviewFirst();
        Assert.Equal(Verdict.Stop, review.Verdict);
        Assert.Equal("Accuracy is 71 % (stop at 75 %, success at 90 %)", review.Reasons[0]);
    }

    [Fact]
    public void Review_MetricStopAndStopCondition_StopWinsAndPauseReasonFollows()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Owner(null))
            .Observe("I1", "Accuracy", ReviewDates.Latest, 75).ReviewFirst();
        Assert.Equal(Verdict.Stop, review.Verdict);
        Assert.Contains("no owner: Owner is blank", review.Reasons.Skip(1));
    }

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

    [Fact]
    public void Review_MetricRetry_Fix()
    {
        var review = PortfolioBuilder.Healthy().Observe("I1", "Accuracy", ReviewDates.Latest, 80).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("Accuracy is 80 % (stop at 75 %, success at 90 %)", review.Reasons[0]);
    }

    [Fact]
    public void Review_MetricWithoutObservations_FixUnmeasured()
    {
        var review = PortfolioBuilder.Healthy().WithMetric(new MetricBuilder("Deflection")).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("Deflection has no observation on or before 2026-11-20", review.Reasons[0]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void Review_ScorecardSizeOutsideThreeToFive_Fix(int count)
    {
        var builder = PortfolioBuilder.Healthy().WithoutMetric("I1", "CSAT");
        for (var i = 3; i <= count; i++)
        {
            builder.WithMetric(new MetricBuilder($"Extra {i}"))
                .Observe("I1", $"Extra {i}", ReviewDates.Previous, 95).Observe("I1", $"Extra {i}", ReviewDates.Latest, 95);
        }
        var review = builder.ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal($"the scorecard has {count} metrics (needs 3 to 5)", review.Reasons[0]);
    }

    [Fact]
    public void Review_MetricsSucceedButControlFails_FixControlsBeforeExpanding()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.With(i => i with { StopAuthority = " " })).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("fix controls before expanding: nobody can stop it today: no StopAuthority named", review.Reasons[0]);
    }

    [Fact]
    public void Review_SuccessNowButRetryPreviousPeriod_Continue()
    {
        var review = PortfolioBuilder.Healthy().Observe("I1", "Accuracy", ReviewDates.Previous, 85).ReviewFirst();
        Assert.Equal(Verdict.Continue, review.Verdict);
        Assert.Contains("Accuracy was 85 % on 2026-11-07 (success at 90 %)", review.Reasons[0]);
    }

    [Fact]
    public void Review_OnlyOnePeriodObserved_Continue()
    {
        var review = PortfolioBuilder.Healthy().ReviewFirst(new DateOnly(2026, 11, 13));
        Assert.Equal(Verdict.Continue, review.Verdict);
        Assert.Contains("fewer than two periods", review.Reasons[0]);
    }

    [Theory]
    [InlineData(InitiativeStatus.Paused, Stage.Pilot, Verdict.Paused, "reported, not judged: Status is Paused")]
    [InlineData(InitiativeStatus.Retired, Stage.Pilot, Verdict.Retired, "reported, not judged: Status is Retired")]
    [InlineData(InitiativeStatus.Active, Stage.Retired, Verdict.Retired, "reported, not judged: Stage is Retired")]
    [InlineData(InitiativeStatus.Stopped, Stage.Pilot, Verdict.Stop, "Status is Stopped")]
    public void Review_StatusOrStageReported_VerdictEchoesIt(
        InitiativeStatus status, Stage stage, Verdict expected, string reason)
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.WithStatus(status).AtStage(stage).Owner(null))
            .Observe("I1", "Accuracy", ReviewDates.Latest, 10).ReviewFirst();
        Assert.Equal(expected, review.Verdict);
        Assert.Equal([reason], review.Reasons);
    }

    [Fact]
    public void Review_IdeaWithFailingControl_FixNotReadyToLaunch()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.Idea).Drill(null)).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("not ready to launch: the team cannot return to the old process this week: no rollback drill recorded",
            review.Reasons[0]);
    }

    [Fact]
    public void Review_IdeaReadyEvenWithStopMetric_ContinueReadyForLaunch()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.Idea))
            .Observe("I1", "Accuracy", ReviewDates.Latest, 10).ReviewFirst();
        Assert.Equal(Verdict.Continue, review.Verdict);
        Assert.Equal(["ready for a Launch decision"], review.Reasons);
    }

    [Fact]
    public void Review_IdeaWithStopCondition_Fix()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.Idea).Owner("Bob")).ReviewFirst();
        Assert.Equal(Verdict.Fix, review.Verdict);
        Assert.Equal("not ready to launch: no owner: Owner 'Bob' is not an email", review.Reasons[0]);
    }

    private static PortfolioBuilder WithReviewTime(double previous, double latest, string unit = "min") =>
        PortfolioBuilder.Healthy()
            .WithMetric(new MetricBuilder("Review time").Kind(MetricKind.ReviewTime).Unit(unit).LowerIsBetter(10, 20))
            .Observe("I1", "Review time", ReviewDates.Previous, previous)
            .Observe("I1", "Review time", ReviewDates.Latest, latest);

    [Fact]
    public void Review_ExpandForecastOverCap_ReasonSaysSo()
    {
        // Month to date 800.00 on day 20 of 30: forecast 1,200.00 against a cap of 1,000.00.
        var review = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 300m).ReviewFirst();
        Assert.Equal(Verdict.Expand, review.Verdict);
        Assert.Equal("forecast 1,200.00 USD is 120% of the cap 1,000.00 USD", review.Reasons[^1]);
    }

    [Fact]
    public void Review_ExpandOverCapWithApprovedOverage_ReasonSaysSo()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "finance@example.com").Amount(100m)
            .At(ReviewDates.ReviewedAt.AddDays(-1)).Build();
        var review = PortfolioBuilder.Healthy("I1", b => b.Overage("finance@example.com", 100m))
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 550m).ReviewFirst(null, decision);
        Assert.Equal(Verdict.Expand, review.Verdict);
        Assert.StartsWith("month-to-date spend 1,050.00 USD is over the cap 1,000.00 USD: overage of 50.00 USD approved by finance@example.com",
            review.Reasons[1], StringComparison.Ordinal);
        Assert.Equal("forecast 1,575.00 USD is 158% of the cap 1,000.00 USD", review.Reasons[2]);
    }

    [Fact]
    public void Review_ExpandForecastAtCap_NoSpendReason()
    {
        // Month to date 666.67 forecasts about 1,000.00: not over the cap, so only the metrics reason.
        var review = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 166.66m).ReviewFirst();
        Assert.Single(review.Reasons);
    }
}
