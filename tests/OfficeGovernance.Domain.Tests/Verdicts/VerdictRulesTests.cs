using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

/// <summary>VerdictRules: statuses reported rather than judged, and an Idea judged for launch readiness only.</summary>
public class VerdictRulesTests
{
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
}
