using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

/// <summary>FixRules: Retry or Unmeasured metrics, the scorecard size, failing controls while every metric succeeds.</summary>
public class FixRulesTests
{
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
}
