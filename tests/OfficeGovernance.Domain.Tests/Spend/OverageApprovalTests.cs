using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Spend;

public class OverageApprovalTests
{
    private const string Finance = "finance@example.com";

    [Fact]
    public void Evaluate_ExcessExactlyAtLimitApprovedByOverageApprover_Approved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "FINANCE@example.com").Amount(100m).Build();
        var review = OverBy(100m).ReviewFirst(null, decision);
        Assert.True(review.Spend.OverageApproved);
        Assert.StartsWith("overage of 100.00 USD approved by FINANCE@example.com on 2026-11-10", review.Spend.OverageNote);
        Assert.Equal(Verdict.Expand, review.Verdict);
    }

    [Theory]
    [InlineData(ApproverSource.Typed, "approved by FINANCE@example.com (typed) on")]
    [InlineData(ApproverSource.SignedIn, "approved by FINANCE@example.com on")]
    [InlineData(ApproverSource.Token, "approved by FINANCE@example.com on")]
    public void Evaluate_ApprovedOverage_ReasonShowsATypedApproverAsTyped(ApproverSource source, string expected)
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "FINANCE@example.com").Amount(100m)
            .With(d => d with { ApproverSource = source }).Build();
        var review = OverBy(100m).ReviewFirst(null, decision);
        Assert.True(review.Spend.OverageApproved);
        Assert.Contains(expected, review.Spend.OverageNote);
    }

    [Fact]
    public void Evaluate_PartialOverageByTypedApprover_ReasonShowsItAsTyped()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, Finance).Amount(40m)
            .With(d => d with { ApproverSource = ApproverSource.Typed }).Build();
        var review = OverBy(50m).ReviewFirst(null, decision);
        Assert.False(review.Spend.OverageApproved);
        Assert.Contains($"by {Finance} (typed) for", review.Spend.OverageNote);
    }

    [Fact]
    public void Evaluate_OneCentOverLimitWithoutRights_PausesNotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, Finance).Amount(200m).Build();
        var review = OverBy(100.01m).ReviewFirst(null, decision);
        Assert.False(review.Spend.OverageApproved);
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Contains("not approved", review.Spend.OverageNote);
    }

    [Fact]
    public void Evaluate_OneCentOverLimitApproverWithRights_Approved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "cfo@example.com").Amount(100.01m).Build();
        var review = OverBy(100.01m).WithRight(DecisionType.Overage, "cfo@example.com", "I1", 100.01m)
            .ReviewFirst(null, decision);
        Assert.True(review.Spend.OverageApproved);
        Assert.Contains("by decision rights", review.Spend.OverageNote);
    }

    [Fact]
    public void Evaluate_RightsMaxAmountBelowExcess_NotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "cfo@example.com").Amount(500m).Build();
        var review = OverBy(300m).WithRight(DecisionType.Overage, "cfo@example.com", "*", 299.99m).ReviewFirst(null, decision);
        Assert.False(review.Spend.OverageApproved);
    }

    [Fact]
    public void Evaluate_RightsMaxAmountBlank_Approved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "cfo@example.com").Amount(5000m).Build();
        var review = OverBy(3000m).WithRight(DecisionType.Overage, "cfo@example.com").ReviewFirst(null, decision);
        Assert.True(review.Spend.OverageApproved);
    }

    [Fact]
    public void Evaluate_RightsRiskBelowInitiativeRisk_NotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "cfo@example.com").Amount(5000m).Build();
        var review = OverBy(3000m, RiskLevel.High).WithRight(DecisionType.Overage, "cfo@example.com", "*", null, RiskLevel.Medium)
            .ReviewFirst(null, decision);
        Assert.False(review.Spend.OverageApproved);
    }

    [Fact]
    public void Evaluate_DecisionAmountBelowExcess_NotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, Finance).Amount(99.99m).Build();
        Assert.False(OverBy(100m).ReviewFirst(null, decision).Spend.OverageApproved);
    }

    [Fact]
    public void Evaluate_DecisionBySomeoneElseWithinLimit_NotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "intern@example.com").Amount(100m).Build();
        Assert.False(OverBy(50m).ReviewFirst(null, decision).Spend.OverageApproved);
    }

    [Fact]
    public void Evaluate_DecisionInPreviousMonth_NotApproved()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, Finance).Amount(100m)
            .At(new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero)).Build();
        Assert.False(OverBy(50m).ReviewFirst(null, decision).Spend.OverageApproved);
    }

    [Theory]
    [InlineData("Pacific/Auckland", 2026, 12, 5, true)]
    [InlineData("Pacific/Auckland", 2026, 11, 30, false)]
    [InlineData("America/New_York", 2026, 11, 30, true)]
    [InlineData("America/New_York", 2026, 12, 5, false)]
    public void Evaluate_DecisionAt2330UtcOnNov30_MonthInWorkbookZone(string zone, int y, int m, int d, bool approved)
    {
        var asOf = new DateOnly(y, m, d);
        var decision = new DecisionBuilder(DecisionType.Overage, Finance).Amount(100m)
            .At(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)).Build();
        var builder = new PortfolioBuilder()
            .With(new InitiativeBuilder().Overage(Finance, 100m))
            .WithSpend("I1", new DateOnly(y, m, 1), SpendCategory.Software, 1050m)
            .WithSettings(s => s with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) });
        var spend = builder.ReviewFirst(asOf, decision).Spend;
        Assert.True(spend.OverCap);
        Assert.Equal(approved, spend.OverageApproved);
    }

    private static PortfolioBuilder OverBy(decimal excess, RiskLevel risk = RiskLevel.Low) =>
        PortfolioBuilder.Healthy("I1", b => b.Overage(Finance, 100m).Risk(risk))
            .WithSpend("I1", new DateOnly(2026, 11, 12), SpendCategory.ModelUsage, 500m + excess);
}
