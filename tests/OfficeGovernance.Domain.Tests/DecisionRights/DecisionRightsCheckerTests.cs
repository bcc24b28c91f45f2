using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.DecisionRights;

public class DecisionRightsCheckerTests
{
    private static DecisionRight Right(
        string approver, string scope = "*", decimal? max = null, RiskLevel risk = RiskLevel.High,
        DecisionType type = DecisionType.Overage) =>
        new() { Type = type, Approver = approver, Scope = scope, MaxAmount = max, MaxRiskLevel = risk, Row = 1 };

    [Theory]
    [InlineData("*", true)]
    [InlineData("I1", true)]
    [InlineData("i1", true)]
    [InlineData("I2", false)]
    public void Check_Scope_StarOrSameInitiative(string scope, bool allowed) =>
        Assert.Equal(allowed, DecisionRightsChecker.Check([Right("a@x.com", scope)], DecisionType.Overage, "a@x.com", "I1", 0m,
            RiskLevel.Low).Allowed);

    [Theory]
    [InlineData(null, true)]
    [InlineData(500.0, true)]
    [InlineData(499.99, false)]
    public void Check_MaxAmount_BlankOrCovering(double? max, bool allowed) =>
        Assert.Equal(allowed, DecisionRightsChecker.Check([Right("a@x.com", max: (decimal?)max)], DecisionType.Overage,
            "a@x.com", "I1", 500m, RiskLevel.Low).Allowed);

    [Theory]
    [InlineData(RiskLevel.High, RiskLevel.High, true)]
    [InlineData(RiskLevel.Medium, RiskLevel.Medium, true)]
    [InlineData(RiskLevel.Medium, RiskLevel.Low, true)]
    [InlineData(RiskLevel.Medium, RiskLevel.High, false)]
    [InlineData(RiskLevel.Low, RiskLevel.Medium, false)]
    public void Check_MaxRiskLevel_AtLeastInitiativeRisk(RiskLevel maxRisk, RiskLevel risk, bool allowed) =>
        Assert.Equal(allowed, DecisionRightsChecker.Check([Right("a@x.com", risk: maxRisk)], DecisionType.Overage, "a@x.com",
            "I1", 0m, risk).Allowed);

    [Fact]
    public void Check_ApproverDiffersInCase_Allowed() =>
        Assert.True(DecisionRightsChecker.Check([Right("A@X.com")], DecisionType.Overage, "a@x.COM", "I1", 0m, RiskLevel.High).Allowed);

    [Fact]
    public void Check_OtherDecisionType_Refused() =>
        Assert.False(DecisionRightsChecker.Check([Right("a@x.com", type: DecisionType.Launch)], DecisionType.Overage, "a@x.com",
            "I1", 0m, RiskLevel.Low).Allowed);

    [Fact]
    public void Check_Refused_SaysWhyAndWhoCouldApprove()
    {
        DecisionRight[] rights =
        [
            Right("a@x.com", max: 100m) with { Row = 1 },
            Right("b@x.com") with { Row = 2 },
            Right("B@x.com", "I1") with { Row = 3 },
            Right("c@x.com", "I2") with { Row = 4 },
            Right("d@x.com", risk: RiskLevel.Low) with { Row = 5 },
        ];
        var result = DecisionRightsChecker.Check(rights, DecisionType.Overage, "a@x.com", "I1", 250m, RiskLevel.Medium);
        Assert.False(result.Allowed);
        Assert.Equal(["b@x.com"], result.AlternativeApprovers);
        Assert.Equal("a@x.com may not decide Overage on I1 for 250 at Medium risk (row 1: MaxAmount 100 is below 250); " +
                     "could approve instead: b@x.com.", result.Message);
    }

    [Fact]
    public void Check_NoRightAtAllAndNobodyElse_SaysNobody()
    {
        var result = DecisionRightsChecker.Check([], DecisionType.Stop, "z@x.com", "I1", 0m, RiskLevel.Low);
        Assert.False(result.Allowed);
        Assert.Empty(result.AlternativeApprovers);
        Assert.Equal("z@x.com may not decide Stop on I1 for 0 at Low risk (z@x.com has no Stop decision right); " +
                     "nobody's decision rights allow it.", result.Message);
    }

    [Fact]
    public void ApproversFor_FiltersAndDeduplicatesInTableOrder()
    {
        DecisionRight[] rights =
        [
            Right("b@x.com", type: DecisionType.Expand),
            Right("a@x.com", "I1", type: DecisionType.Expand),
            Right("B@X.com", type: DecisionType.Expand),
            Right("c@x.com", type: DecisionType.Fix),
        ];
        Assert.Equal(["b@x.com", "a@x.com"],
            DecisionRightsChecker.ApproversFor(rights, DecisionType.Expand, "I1", 0m, RiskLevel.High));
    }
}
