using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

/// <summary>ExpandRules: Expand after Success in every period of the trend window, else Continue; and what an Expand says about spend.</summary>
public class ExpandRulesTests
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
