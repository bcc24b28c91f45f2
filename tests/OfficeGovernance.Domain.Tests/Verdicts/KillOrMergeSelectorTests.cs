using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class KillOrMergeSelectorTests
{
    [Fact]
    public void Select_TenActive_BottomTwoByValueInPortfolioOrder()
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= 10; i++)
        {
            builder.AddHealthy($"I{i}");
        }
        // Same success share everywhere, so value falls as spend rises: I7 and I3 spend the most.
        builder.WithSpend("I7", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 300m)
            .WithSpend("I3", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 200m)
            .WithSpend("I5", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 100m);
        Assert.Equal(["I3", "I7"], builder.Review().Portfolio.KillOrMergeCandidates);
    }

    [Fact]
    public void Select_LowSuccessShareOutranksHighSpend()
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= 5; i++)
        {
            builder.AddHealthy($"I{i}");
        }
        builder.WithSpend("I1", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 400m)
            .Observe("I4", "Accuracy", ReviewDates.Latest, 80)
            .Observe("I4", "CSAT", ReviewDates.Latest, 4);
        Assert.Equal(["I4"], builder.Review().Portfolio.KillOrMergeCandidates);
    }

    [Fact]
    public void Select_NoSpendRanksBest_AndNoMeasurableSuccessAlwaysListed()
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= 5; i++)
        {
            builder.AddHealthy($"I{i}");
        }
        builder.WithoutSpend("I2")
            .Observe("I2", "Accuracy", ReviewDates.Latest, 80)
            .With(new InitiativeBuilder("I6").With(i => i with { SuccessMetric = null }))
            .WithSpend("I4", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 10m);
        var candidates = builder.Review().Portfolio.KillOrMergeCandidates;
        Assert.Equal(["I4", "I6"], candidates);
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
    public void Select_FourActive_FloorOfTwentyPercentIsZero()
    {
        var builder = new PortfolioBuilder();
        for (var i = 1; i <= 4; i++)
        {
            builder.AddHealthy($"I{i}");
        }
        builder.WithSpend("I2", new DateOnly(2026, 11, 6), SpendCategory.Cloud, 400m);
        Assert.Empty(builder.Review().Portfolio.KillOrMergeCandidates);
    }
}
