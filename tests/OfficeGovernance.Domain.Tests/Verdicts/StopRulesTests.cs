using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

/// <summary>StopRules: a metric in Stop state stops the initiative, and the rules after it still speak.</summary>
public class StopRulesTests
{
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
}
