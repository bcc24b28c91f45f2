using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.DecisionRights;

public sealed class InitiativeDecisionRightsTests
{
    private static Initiative Initiative(RiskLevel? risk, params WorkAction[] actions) => new()
    {
        Id = "I-1", Name = "Access reviews", Stage = Stage.Pilot, MonthlyBudgetCap = 1_000m, RiskLevel = risk,
        Actions = actions.ToHashSet(),
    };

    private static PortfolioWorkbook Rights(RiskLevel max) => new()
    {
        DecisionRights = [new DecisionRight { Type = DecisionType.Launch, Approver = "lead@example.org", MaxRiskLevel = max }],
    };

    [Fact]
    public void RiskOf_WorkbookLevelSet_UsesIt()
    {
        Assert.Equal(RiskLevel.Low, InitiativeDecisionRights.RiskOf(Initiative(RiskLevel.Low, WorkAction.ChangePermissions)));
    }

    [Fact]
    public void RiskOf_Blank_UsesTheClassifier()
    {
        Assert.Equal(RiskLevel.High, InitiativeDecisionRights.RiskOf(Initiative(null, WorkAction.ChangePermissions)));
    }

    [Fact]
    public void Check_ClassifiedHighAboveTheApproversLimit_IsRefused()
    {
        var result = InitiativeDecisionRights.Check(Rights(RiskLevel.Medium), Initiative(null, WorkAction.DeployCode), DecisionType.Launch, "lead@example.org", 0m);

        Assert.False(result.Allowed);
    }

    [Fact]
    public void Check_WithinTheApproversLimit_IsAllowed()
    {
        var result = InitiativeDecisionRights.Check(Rights(RiskLevel.Medium), Initiative(null, WorkAction.Draft), DecisionType.Launch, "LEAD@example.org", 0m);

        Assert.True(result.Allowed, result.Message);
    }
}
