using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class PortfolioReviewerTests
{
    [Fact]
    public void Review_SeveralInitiatives_TableOrderTotalsAndEveryVerdictCounted()
    {
        var builder = PortfolioBuilder.Healthy("B")
            .AddHealthy("A", b => b.Owner(null))
            .With(new InitiativeBuilder("C").WithStatus(InitiativeStatus.Retired).Cap(250m))
            .WithSettings(s => s with { Currency = "EUR" });
        var review = builder.Review();
        Assert.Equal(["B", "A", "C"], review.Initiatives.Select(i => i.Initiative.Id));
        Assert.Equal("EUR", review.Currency);
        Assert.Equal(ReviewDates.AsOf, review.AsOf);
        Assert.Equal(ReviewDates.ReviewedAt, review.ReviewedAt);
        Assert.Equal(1000m, review.Portfolio.MonthToDate);
        Assert.Equal(2250m, review.Portfolio.Cap);
        Assert.Equal(Enum.GetValues<Verdict>().Length, review.Portfolio.VerdictCounts.Count);
        Assert.Equal(1, review.Portfolio.VerdictCounts[Verdict.Expand]);
        Assert.Equal(1, review.Portfolio.VerdictCounts[Verdict.Pause]);
        Assert.Equal(1, review.Portfolio.VerdictCounts[Verdict.Retired]);
        Assert.Equal(0, review.Portfolio.VerdictCounts[Verdict.Stop]);
    }

    [Fact]
    public void Review_RowsMatchInitiativeIdCaseInsensitively()
    {
        var builder = new PortfolioBuilder().AddHealthy("i1").With(new InitiativeBuilder("I1 ").With(i => i with { Id = "I1" }));
        var review = builder.Review();
        Assert.Equal(review.Initiatives[0].Metrics.Count, review.Initiatives[1].Metrics.Count);
        Assert.Equal(3, review.Initiatives[1].Metrics.Count);
    }

    [Fact]
    public void Review_RiskLevelBlank_UsesClassifier()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Risk(null).Actions(WorkAction.SendExternally)).ReviewFirst();
        Assert.Equal(RiskLevel.Medium, review.RiskLevel);
        Assert.True(review.RiskLevelClassified);
    }

    [Fact]
    public void Review_RiskLevelSet_UsesWorkbook()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Risk(RiskLevel.High)).ReviewFirst();
        Assert.Equal(RiskLevel.High, review.RiskLevel);
        Assert.False(review.RiskLevelClassified);
    }

    [Fact]
    public void Review_InvalidMetricThresholds_Throws()
    {
        var builder = PortfolioBuilder.Healthy().WithMetric(new MetricBuilder("Broken").HigherIsBetter(50, 60));
        Assert.Throws<ArgumentException>(() => builder.Review());
    }

    [Fact]
    public void Review_ManyInitiatives_ReviewsInTableOrderEachJudgedOnItsOwn()
    {
        var builder = new PortfolioBuilder();
        var ids = Enumerable.Range(0, 300).Select(i => $"I{299 - i:000}").ToArray();
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            builder.AddHealthy(id, b => index % 3 == 0 ? b.Owner(null) : b);
        }
        var review = builder.Review();
        Assert.Equal(ids, review.Initiatives.Select(i => i.Initiative.Id));
        Assert.Equal(
            ids.Select((_, index) => index % 3 == 0 ? Verdict.Pause : Verdict.Expand),
            review.Initiatives.Select(i => i.Verdict));
        Assert.Equal(100, review.Portfolio.VerdictCounts[Verdict.Pause]);
    }

    [Fact]
    public void Review_SeveralInitiativesWithInvalidThresholds_ThrowsForTheFirstInTableOrder()
    {
        var builder = new PortfolioBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.AddHealthy($"I{i}");
        }
        builder.WithMetric(new MetricBuilder("Broken", "I150").HigherIsBetter(50, 60))
            .WithMetric(new MetricBuilder("Broken", "I20").HigherIsBetter(50, 60));
        var error = Assert.Throws<ArgumentException>(() => builder.Review());
        Assert.Contains("of I20 ", error.Message);
    }
}
