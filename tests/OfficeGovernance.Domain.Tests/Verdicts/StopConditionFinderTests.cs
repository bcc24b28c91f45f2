using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class StopConditionFinderTests
{
    [Fact]
    public void Find_HealthyInitiative_None() =>
        Assert.Empty(PortfolioBuilder.Healthy().ReviewFirst().StopConditions);

    [Theory]
    [InlineData(null, "no owner: Owner is blank")]
    [InlineData("  ", "no owner: Owner is blank")]
    [InlineData("Bob", "no owner: Owner 'Bob' is not an email")]
    [InlineData("bob@example", "no owner: Owner 'bob@example' is not an email")]
    public void Find_OwnerBlankOrNotEmail_NoOwner(string? owner, string message)
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Owner(owner)).ReviewFirst();
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Equal([new StopCondition(StopConditionKind.NoOwner, message)], review.StopConditions);
    }

    [Theory]
    [InlineData(DataCategory.CustomerPersonal, HumanCheckpoint.SpotCheck, true)]
    [InlineData(DataCategory.CustomerPersonal, HumanCheckpoint.None, true)]
    [InlineData(DataCategory.CustomerPersonal, null, true)]
    [InlineData(DataCategory.Regulated, HumanCheckpoint.SpotCheck, true)]
    [InlineData(DataCategory.CustomerPersonal, HumanCheckpoint.ApproveEachOutput, false)]
    [InlineData(DataCategory.Regulated, HumanCheckpoint.TwoPersonApproval, false)]
    [InlineData(DataCategory.Financial, HumanCheckpoint.None, false)]
    public void Find_SensitiveDataAndCheckpoint_CustomerDataWithoutReview(
        DataCategory data, HumanCheckpoint? checkpoint, bool holds)
    {
        var kinds = Kinds(PortfolioBuilder.Healthy("I1", b => b.Data(data).Checkpoint(checkpoint).Risk(RiskLevel.High)));
        Assert.Equal(holds, kinds.Contains(StopConditionKind.CustomerDataWithoutReview));
    }

    [Fact]
    public void Find_CustomerDataSpotCheck_MessageNamesValues()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Data(DataCategory.CustomerPersonal).Checkpoint(HumanCheckpoint.SpotCheck))
            .ReviewFirst();
        Assert.Equal("customer data without review: DataTouched includes Customer personal while HumanCheckpoint is Spot-check",
            review.StopConditions.Single().Message);
    }

    [Theory]
    [InlineData(WorkAction.ChangePermissions)]
    [InlineData(WorkAction.ChangeBilling)]
    [InlineData(WorkAction.DeployCode)]
    public void Find_HighImpactActionWithoutDecision_Unapproved(WorkAction action)
    {
        var review = HighImpact(action).ReviewFirst();
        var condition = review.StopConditions.Single(c => c.Kind == StopConditionKind.UnapprovedHighImpactChange);
        Assert.Contains(EnumLabels<WorkAction>.Label(action), condition.Message);
    }

    [Theory]
    [InlineData(DecisionType.Launch)]
    [InlineData(DecisionType.Exception)]
    public void Find_HighImpactWithDecisionByHighRiskApprover_Approved(DecisionType type)
    {
        var decision = new DecisionBuilder(type, "CTO@Example.com").Build();
        var review = HighImpact(WorkAction.DeployCode).WithRight(type, "cto@example.com", "I1").ReviewFirst(null, decision);
        Assert.DoesNotContain(review.StopConditions, c => c.Kind == StopConditionKind.UnapprovedHighImpactChange);
    }

    [Fact]
    public void Find_ApproverOnlyEntitledToMedium_StillUnapproved()
    {
        var decision = new DecisionBuilder(DecisionType.Launch, "cto@example.com").Build();
        var review = HighImpact(WorkAction.DeployCode).WithRight(DecisionType.Launch, "cto@example.com", "*", null, RiskLevel.Medium)
            .ReviewFirst(null, decision);
        Assert.Contains(review.StopConditions, c => c.Kind == StopConditionKind.UnapprovedHighImpactChange);
    }

    [Fact]
    public void Find_DecisionTypeWithoutMatchingRight_StillUnapproved()
    {
        var decision = new DecisionBuilder(DecisionType.Launch, "cto@example.com").Build();
        var review = HighImpact(WorkAction.DeployCode).WithRight(DecisionType.Exception, "cto@example.com")
            .ReviewFirst(null, decision);
        Assert.Contains(review.StopConditions, c => c.Kind == StopConditionKind.UnapprovedHighImpactChange);
    }

    [Fact]
    public void Find_DecisionOnOtherInitiative_StillUnapproved()
    {
        var decision = new DecisionBuilder(DecisionType.Launch, "cto@example.com", "I2").Build();
        var review = HighImpact(WorkAction.DeployCode).WithRight(DecisionType.Launch, "cto@example.com").ReviewFirst(null, decision);
        Assert.Contains(review.StopConditions, c => c.Kind == StopConditionKind.UnapprovedHighImpactChange);
    }

    [Theory]
    [InlineData("America/New_York", false)]
    [InlineData("Pacific/Auckland", true)]
    public void Find_DecisionLateOnAsOfUtc_CountsOnlyIfOnOrBeforeAsOfLocally(string zone, bool unapproved)
    {
        var decision = new DecisionBuilder(DecisionType.Launch, "cto@example.com")
            .At(new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero)).Build();
        var review = HighImpact(WorkAction.DeployCode).WithRight(DecisionType.Launch, "cto@example.com")
            .WithSettings(s => s with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) })
            .ReviewFirst(null, decision);
        Assert.Equal(unapproved, review.StopConditions.Any(c => c.Kind == StopConditionKind.UnapprovedHighImpactChange));
    }

    [Fact]
    public void Find_ActiveAgentMayChangeBilling_Unapproved()
    {
        var review = PortfolioBuilder.Healthy().WithAgent(new AgentBuilder().Permissions(WorkAction.ChangeBilling)).ReviewFirst();
        Assert.Contains("agent A1 may Change billing",
            review.StopConditions.Single(c => c.Kind == StopConditionKind.UnapprovedHighImpactChange).Message);
    }

    [Fact]
    public void Find_RetiredAgentWithGaps_Ignored()
    {
        var agent = new AgentBuilder().Status(AgentStatus.Retired).Permissions(WorkAction.DeployCode)
            .With(a => a with { Owner = null, RollbackPath = null });
        Assert.Empty(PortfolioBuilder.Healthy().WithAgent(agent).ReviewFirst().StopConditions);
    }

    [Fact]
    public void Find_NoSuccessMetric_NotMeasurable()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.With(i => i with { SuccessMetric = null })).ReviewFirst();
        Assert.Equal("success cannot be measured: no SuccessMetric", review.StopConditions.Single().Message);
    }

    [Fact]
    public void Find_NoMetricsRows_NotMeasurable()
    {
        var builder = new PortfolioBuilder().With(new InitiativeBuilder());
        var review = builder.ReviewFirst();
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Equal("success cannot be measured: no Metrics rows", review.StopConditions.Single().Message);
    }

    [Fact]
    public void Find_FailureInvisible_InvisibleFailure() =>
        Assert.Equal([StopConditionKind.InvisibleFailure],
            Kinds(PortfolioBuilder.Healthy("I1", b => b.With(i => i with { FailureVisibility = FailureVisibility.Invisible }))));

    [Fact]
    public void Find_AgentWithoutOwnerKillSwitchAndRollback_OneConditionNamingAll()
    {
        var agent = new AgentBuilder().Status(null).With(a => a with { Owner = "", KillSwitchOwner = null, RollbackPath = null });
        var condition = PortfolioBuilder.Healthy().WithAgent(agent).ReviewFirst().StopConditions.Single();
        Assert.Equal(StopConditionKind.AgentUncontrolled, condition.Kind);
        Assert.Equal("agent A1 (Agent A1) is uncontrolled: no owner, no kill-switch owner, no rollback path", condition.Message);
    }

    [Theory]
    [InlineData(AgentAutonomy.Coordinator, RiskLevel.High, null, true)]
    [InlineData(AgentAutonomy.DomainCopilot, RiskLevel.High, false, true)]
    [InlineData(AgentAutonomy.Coordinator, RiskLevel.High, true, false)]
    [InlineData(AgentAutonomy.Coordinator, RiskLevel.Medium, null, false)]
    [InlineData(AgentAutonomy.Operator, RiskLevel.High, null, false)]
    public void Find_AutonomousAgentOnHighRisk_NeedsHumanApproval(
        AgentAutonomy autonomy, RiskLevel risk, bool? approval, bool holds)
    {
        var agent = new AgentBuilder().With(a => a with { Autonomy = autonomy, HumanApproval = approval });
        var kinds = Kinds(PortfolioBuilder.Healthy("I1", b => b.Risk(risk)).WithAgent(agent));
        Assert.Equal(holds, kinds.Contains(StopConditionKind.AgentUncontrolled));
    }

    private static PortfolioBuilder HighImpact(WorkAction action) =>
        PortfolioBuilder.Healthy("I1", b => b.Actions(WorkAction.Draft, action).Risk(RiskLevel.High));

    private static IReadOnlyList<StopConditionKind> Kinds(PortfolioBuilder builder) =>
        builder.ReviewFirst().StopConditions.Select(c => c.Kind).ToArray();
}
