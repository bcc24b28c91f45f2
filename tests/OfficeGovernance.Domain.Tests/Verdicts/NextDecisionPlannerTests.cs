using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class NextDecisionPlannerTests
{
    [Fact]
    public void Plan_Expand_ExpandDueAfterOneWeekWithApprovers()
    {
        var next = PortfolioBuilder.Healthy()
            .WithRight(DecisionType.Expand, "cto@example.com", "I1")
            .WithRight(DecisionType.Expand, "vp@example.com", "*", null, RiskLevel.Low)
            .WithRight(DecisionType.Expand, "other@example.com", "I2")
            .WithRight(DecisionType.Continue, "lead@example.com")
            .ReviewFirst().NextDecision;
        Assert.Equal(new DateOnly(2026, 11, 27), next.Due);
        Assert.Equal(DecisionType.Expand, next.Type);
        Assert.Equal(["cto@example.com", "vp@example.com"], next.Approvers);
    }

    [Fact]
    public void Plan_Biweekly_DueAfterTwoWeeks() =>
        Assert.Equal(new DateOnly(2026, 12, 4), PortfolioBuilder.Healthy()
            .WithSettings(s => s with { ReviewCadence = ReviewCadence.Biweekly }).ReviewFirst().NextDecision.Due);

    [Fact]
    public void Plan_DecisionDueDateSet_PreferredOverNextReviewDate()
    {
        var next = PortfolioBuilder.Healthy("I1", b => b.With(i => i with
        {
            DecisionDueDate = new DateOnly(2026, 12, 1), NextReviewDate = new DateOnly(2026, 11, 25),
        })).ReviewFirst().NextDecision;
        Assert.Equal(new DateOnly(2026, 12, 1), next.Due);
    }

    [Fact]
    public void Plan_OnlyNextReviewDate_UsesIt() =>
        Assert.Equal(new DateOnly(2026, 11, 25), PortfolioBuilder.Healthy("I1", b => b.With(i => i with
        {
            NextReviewDate = new DateOnly(2026, 11, 25),
        })).ReviewFirst().NextDecision.Due);

    [Theory]
    [InlineData(Verdict.Expand, DecisionType.Expand)]
    [InlineData(Verdict.Continue, DecisionType.Continue)]
    [InlineData(Verdict.Fix, DecisionType.Fix)]
    [InlineData(Verdict.Pause, DecisionType.Pause)]
    [InlineData(Verdict.Stop, DecisionType.Stop)]
    [InlineData(Verdict.Paused, DecisionType.Pause)]
    [InlineData(Verdict.Retired, DecisionType.Retire)]
    public void TypeFor_ActivePilot_FollowsVerdict(Verdict verdict, DecisionType expected) =>
        Assert.Equal(expected, NextDecisionPlanner.TypeFor(new InitiativeBuilder().Build(), verdict));

    [Fact]
    public void TypeFor_IdeaReady_Launch() =>
        Assert.Equal(DecisionType.Launch,
            PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.Idea)).ReviewFirst().NextDecision.Type);

    [Fact]
    public void TypeFor_IdeaNotReady_Fix() =>
        Assert.Equal(DecisionType.Fix,
            PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.Idea).Drill(null)).ReviewFirst().NextDecision.Type);

    [Fact]
    public void TypeFor_StatusStopped_Retire() =>
        Assert.Equal(DecisionType.Retire,
            PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Stopped)).ReviewFirst().NextDecision.Type);

    private static DecisionEntry Logged(DecisionType type, string id = "I1") =>
        new DecisionBuilder(type, "cto@example.com", id).At(ReviewDates.ReviewedAt.AddDays(-3)).Build();

    [Fact]
    public void Plan_ExpandNothingLogged_Waits()
    {
        var next = PortfolioBuilder.Healthy().ReviewFirst().NextDecision;
        Assert.True(next.IsWaiting);
        Assert.Equal("the verdict is Expand and no decision is logged yet", next.WaitingBecause);
    }

    [Fact]
    public void Plan_LastDecisionMatchesVerdict_NotWaiting() =>
        Assert.False(PortfolioBuilder.Healthy().ReviewFirst(null, Logged(DecisionType.Expand)).NextDecision.IsWaiting);

    [Fact]
    public void Plan_LastDecisionDiffers_WaitsNamingBoth()
    {
        var next = PortfolioBuilder.Healthy().ReviewFirst(null, Logged(DecisionType.Expand), Logged(DecisionType.Fix))
            .NextDecision;
        Assert.Equal("the verdict is Expand; the last decision logged was Fix", next.WaitingBecause);
    }

    [Fact]
    public void Plan_LaterOverageOrVendorDecision_IgnoredInTheComparison() =>
        Assert.False(PortfolioBuilder.Healthy()
            .ReviewFirst(null, Logged(DecisionType.Expand), Logged(DecisionType.Overage), Logged(DecisionType.Vendor))
            .NextDecision.IsWaiting);

    [Fact]
    public void Plan_DecisionOnAnotherInitiative_DoesNotCount() =>
        Assert.True(PortfolioBuilder.Healthy().ReviewFirst(null, Logged(DecisionType.Expand, "I2")).NextDecision.IsWaiting);

    [Theory]
    [InlineData(ReviewCadence.Weekly, -1, true)]
    [InlineData(ReviewCadence.Weekly, 0, true)]
    [InlineData(ReviewCadence.Weekly, 7, true)]
    [InlineData(ReviewCadence.Weekly, 8, false)]
    [InlineData(ReviewCadence.Biweekly, 14, true)]
    [InlineData(ReviewCadence.Biweekly, 15, false)]
    public void Plan_DecisionDueDate_WaitsWhenPastOrWithinOneCadence(ReviewCadence cadence, int days, bool waiting)
    {
        var next = PortfolioBuilder.Healthy("I1", b => b.With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(days) }))
            .WithSettings(s => s with { ReviewCadence = cadence })
            .ReviewFirst(null, Logged(DecisionType.Expand)).NextDecision;
        Assert.Equal(waiting, next.IsWaiting);
    }

    [Fact]
    public void Plan_RetiredWithPastDueDate_NeverWaits() =>
        Assert.False(PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Retired)
                .With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(-30) }))
            .ReviewFirst().NextDecision.IsWaiting);

    [Fact]
    public void Plan_PausedWithPastDueDate_WaitsForPauseNeverContinue()
    {
        var next = PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Paused)
                .With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(-1) }))
            .ReviewFirst(null, Logged(DecisionType.Pause)).NextDecision;
        Assert.True(next.IsWaiting);
        Assert.Equal(DecisionType.Pause, next.Type);
    }

    [Fact]
    public void Plan_PausedAfterLoggedPause_NotWaiting() =>
        Assert.False(PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Paused))
            .ReviewFirst(null, Logged(DecisionType.Pause)).NextDecision.IsWaiting);

    [Theory]
    [InlineData(DecisionType.Stop)]
    [InlineData(DecisionType.Retire)]
    public void Plan_StoppedAfterStopOrRetire_NotWaiting(DecisionType logged) =>
        Assert.False(PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Stopped))
            .ReviewFirst(null, Logged(logged)).NextDecision.IsWaiting);

    [Fact]
    public void Plan_OverCapUnapproved_OverageForTheExcessWithApproversCoveringIt()
    {
        // Month to date 1,100.00 against a cap of 1,000.00: an excess of 100.00.
        var next = PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 600m)
            .WithRight(DecisionType.Overage, "cfo@example.com", "*", 100m)
            .WithRight(DecisionType.Overage, "small@example.com", "*", 99.99m)
            .ReviewFirst(null, Logged(DecisionType.Pause)).NextDecision;
        Assert.Equal(DecisionType.Overage, next.Type);
        Assert.Equal(100m, next.AtStake);
        Assert.Equal(["cfo@example.com"], next.Approvers);
        Assert.Equal("an overage of 100.00 USD awaits approval", next.WaitingBecause);
    }

    [Fact]
    public void Plan_UnapprovedProductionChange_ExceptionWaits()
    {
        var next = PortfolioBuilder.Healthy("I1", b => b.Actions(WorkAction.DeployCode).Risk(RiskLevel.High))
            .ReviewFirst(null, Logged(DecisionType.Pause)).NextDecision;
        Assert.Equal(DecisionType.Exception, next.Type);
        Assert.True(next.IsWaiting);
    }

    [Fact]
    public void Plan_NotOverage_AtStakeIsTheLargerOfForecastAndCap() =>
        // Month to date 500.00 on day 20 of 30: forecast 750.00, under the cap of 1,000.00.
        Assert.Equal(1000m, PortfolioBuilder.Healthy().ReviewFirst().NextDecision.AtStake);

    [Fact]
    public void DecisionsDue_OrderedByDueDateThenMoneyThenId()
    {
        var builder = PortfolioBuilder.Healthy("I1", b => b.With(i => i with { DecisionDueDate = ReviewDates.AsOf }))
            .AddHealthy("I2", b => b.Cap(5000m).With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(1) }))
            .AddHealthy("I3", b => b.Cap(9000m).With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(1) }))
            .AddHealthy("I4", b => b.With(i => i with { DecisionDueDate = ReviewDates.AsOf.AddDays(30) }));
        var due = NextDecisionPlanner.DecisionsDue(builder.Review(null, Logged(DecisionType.Expand, "I4")).Initiatives);
        Assert.Equal(["I1", "I3", "I2"], due.Select(r => r.Initiative.Id));
    }
}
