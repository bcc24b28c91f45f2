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
    [InlineData(Verdict.Paused, DecisionType.Continue)]
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
}
