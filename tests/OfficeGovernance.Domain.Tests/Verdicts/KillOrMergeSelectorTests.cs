using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class KillOrMergeSelectorTests
{
    private static readonly DateOnly SpendDay = new(2026, 11, 6);

    // Healthy but with Accuracy short of target on the latest period: one of three metrics at Retry, so the verdict is
    // Fix and not every metric succeeds.
    private static PortfolioBuilder AddFixing(PortfolioBuilder builder, string id) =>
        builder.AddHealthy(id).Observe(id, "Accuracy", ReviewDates.Latest, 80);

    private static PortfolioBuilder Fixing(int count)
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= count; i++)
        {
            AddFixing(builder, $"I{i}");
        }
        return builder;
    }

    private static string[] Ids(PortfolioBuilder builder) =>
        builder.Review().Portfolio.KillOrMergeCandidates.Select(c => c.InitiativeId).ToArray();

    [Fact]
    public void Select_TenActive_BottomTwoByValueWorstFirst()
    {
        // Same success share everywhere, so value falls as spend rises: I7 and I3 spend the most.
        var builder = Fixing(10)
            .WithSpend("I7", SpendDay, SpendCategory.Cloud, 300m)
            .WithSpend("I3", SpendDay, SpendCategory.Cloud, 200m)
            .WithSpend("I5", SpendDay, SpendCategory.Cloud, 100m);
        Assert.Equal(["I7", "I3"], Ids(builder));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(11, 3)]
    public void Select_PoolSize_AtMostTwentyPercentRoundedUp(int poolSize, int expected) =>
        Assert.Equal(expected, Ids(Fixing(poolSize)).Length);

    [Fact]
    public void Select_LowSuccessShareOutranksHighSpend()
    {
        var builder = Fixing(5)
            .WithSpend("I1", SpendDay, SpendCategory.Cloud, 400m)
            .Observe("I4", "CSAT", ReviewDates.Latest, 4);
        Assert.Equal(["I4"], Ids(builder));
    }

    [Fact]
    public void Select_EqualValue_HigherSpendFirst()
    {
        // I2 and I3 have no metric at Success, so both have value 0; I3 spends more and ranks lower.
        var builder = Fixing(10)
            .Observe("I2", "CSAT", ReviewDates.Latest, 4).Observe("I2", "Handle time", ReviewDates.Latest, 14)
            .Observe("I3", "CSAT", ReviewDates.Latest, 4).Observe("I3", "Handle time", ReviewDates.Latest, 14)
            .WithSpend("I3", SpendDay, SpendCategory.Cloud, 100m);
        Assert.Equal(["I3", "I2"], Ids(builder));
    }

    [Fact]
    public void Select_NoMeasurableSuccess_RanksBelowEveryValue()
    {
        // I6 has no SuccessMetric and no spend (value +infinity), yet ranks below I4, whose spend is the highest.
        var builder = Fixing(5)
            .WithSpend("I4", SpendDay, SpendCategory.Cloud, 1000m)
            .With(new InitiativeBuilder("I6").With(i => i with { SuccessMetric = null }));
        Assert.Equal(["I6", "I4"], Ids(builder));
    }

    [Fact]
    public void Select_MetricsAllSucceed_NeverListedAndPlaceNotGivenToAnother()
    {
        // Five Fix initiatives; I5 succeeds on every metric but lacks a StopAuthority (Fix, not Expand) and spends most.
        var builder = Fixing(4);
        builder.AddHealthy("I5", b => b.With(i => i with { StopAuthority = null }))
            .WithSpend("I5", SpendDay, SpendCategory.Cloud, 400m);
        var review = builder.Review();
        Assert.Equal(Verdict.Fix, review.Initiatives.Single(r => r.Initiative.Id == "I5").Verdict);
        Assert.Empty(review.Portfolio.KillOrMergeCandidates);
    }

    [Fact]
    public void Select_IdeaRetiredPausedExcludedFromPoolAndList()
    {
        var builder = new PortfolioBuilder()
            .With(new InitiativeBuilder("I1").AtStage(Stage.Idea))
            .With(new InitiativeBuilder("I2").AtStage(Stage.Retired))
            .With(new InitiativeBuilder("I3").WithStatus(InitiativeStatus.Paused))
            .With(new InitiativeBuilder("I4").WithStatus(InitiativeStatus.Stopped));
        Assert.Empty(builder.Review().Portfolio.KillOrMergeCandidates);
    }

    [Fact]
    public void Select_ExpandVerdict_NeitherInPoolNorListed()
    {
        // Six initiatives, I6 earning Expand: in a pool of six the bottom 20% would be two, in the five Fix ones it is one.
        var builder = Fixing(5);
        builder.AddHealthy("I6").WithSpend("I6", SpendDay, SpendCategory.Cloud, 400m);
        var review = builder.Review();
        Assert.Equal(Verdict.Expand, review.Initiatives.Single(r => r.Initiative.Id == "I6").Verdict);
        Assert.Single(review.Portfolio.KillOrMergeCandidates);
    }

    [Fact]
    public void Select_Candidate_CarriesTheFiguresThatListedIt()
    {
        var builder = Fixing(5)
            .Observe("I4", "Accuracy", ReviewDates.Latest, 80)
            .Observe("I4", "CSAT", ReviewDates.Latest, 4);
        var candidate = Assert.Single(builder.Review().Portfolio.KillOrMergeCandidates);
        Assert.Equal("I4", candidate.InitiativeId);
        Assert.Equal(1, candidate.MetricsAtSuccess);
        Assert.Equal(3, candidate.MetricCount);
        Assert.Equal(500m, candidate.MonthToDate);
        Assert.Equal(1d / 3 / 500, candidate.Value!.Value, 12);
        Assert.True(candidate.InBottomByValue);
        Assert.False(candidate.NoMeasurableSuccess);
        Assert.Equal("1 of 3 metrics at Success for 500.00 month to date: bottom 20% by value", candidate.Reason);
    }

    [Fact]
    public void Select_NoSpendAndNoMetrics_ValueUnknownAndReasonSaysNoMeasurableSuccess()
    {
        var builder = Fixing(1).With(new InitiativeBuilder("I2"));
        var candidate = Assert.Single(builder.Review().Portfolio.KillOrMergeCandidates);
        Assert.Equal("I2", candidate.InitiativeId);
        Assert.Null(candidate.Value);
        Assert.Equal(0, candidate.MetricCount);
        Assert.Contains("no measurable success", candidate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_NoSpendAnywhere_LowerSuccessShareRanksLower()
    {
        // Nothing spent: every value is unbounded, so the share of metrics at Success decides; I3 has none at Success.
        var builder = Fixing(5).Observe("I3", "CSAT", ReviewDates.Latest, 4).Observe("I3", "Handle time", ReviewDates.Latest, 14);
        for (var i = 1; i <= 5; i++)
        {
            builder.WithoutSpend($"I{i}");
        }
        Assert.Equal(["I3"], Ids(builder));
    }
}
