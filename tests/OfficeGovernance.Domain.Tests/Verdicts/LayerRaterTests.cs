using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class LayerRaterTests
{
    [Fact]
    public void Rate_Healthy_AllGreen() =>
        Assert.Equal(new LayerRatings(Rag.Green, Rag.Green, Rag.Green, Rag.Green, Rag.Green),
            PortfolioBuilder.Healthy().ReviewFirst().Layers);

    [Fact]
    public void Rate_NoOwner_WorkflowAndPolicyRed()
    {
        var layers = Layers(b => b.Owner("nobody"));
        Assert.Equal(Rag.Red, layers.Workflow);
        Assert.Equal(Rag.Red, layers.Policy);
    }

    [Fact]
    public void Rate_WorkflowBlank_WorkflowAmber() => Assert.Equal(Rag.Amber, Layers(b => b.With(i => i with { Workflow = null })).Workflow);

    [Fact]
    public void Rate_RiskClassified_PolicyAmber()
    {
        var review = PortfolioBuilder.Healthy("I1", b => b.Risk(null)).ReviewFirst();
        Assert.True(review.RiskLevelClassified);
        Assert.Equal(RiskLevel.Low, review.RiskLevel);
        Assert.Equal(Rag.Amber, review.Layers.Policy);
    }

    [Theory]
    [InlineData(RiskLevel.High, HumanCheckpoint.SpotCheck, Rag.Amber)]
    [InlineData(RiskLevel.High, HumanCheckpoint.ApproveEachOutput, Rag.Green)]
    [InlineData(RiskLevel.High, HumanCheckpoint.TwoPersonApproval, Rag.Green)]
    [InlineData(RiskLevel.Medium, HumanCheckpoint.SpotCheck, Rag.Amber)]
    [InlineData(RiskLevel.Medium, HumanCheckpoint.ApproveEachOutput, Rag.Green)]
    [InlineData(RiskLevel.Low, HumanCheckpoint.None, Rag.Green)]
    public void Rate_CheckpointAgainstLevel_Policy(RiskLevel level, HumanCheckpoint checkpoint, Rag expected) =>
        Assert.Equal(expected, Layers(b => b.Risk(level).Checkpoint(checkpoint)).Policy);

    [Fact]
    public void Rate_CustomerDataWithoutReview_ContextRed() =>
        Assert.Equal(Rag.Red, Layers(b => b.Data(DataCategory.CustomerPersonal).Checkpoint(HumanCheckpoint.SpotCheck)).Context);

    [Fact]
    public void Rate_DataTouchedBlank_ContextAmber() => Assert.Equal(Rag.Amber, Layers(b => b.Data()).Context);

    [Fact]
    public void Rate_NoMetrics_EvaluationRed() =>
        Assert.Equal(Rag.Red, new PortfolioBuilder().With(new InitiativeBuilder()).ReviewFirst().Layers.Evaluation);

    [Fact]
    public void Rate_TwoMetrics_EvaluationAmber() =>
        Assert.Equal(Rag.Amber, PortfolioBuilder.Healthy().WithoutMetric("I1", "CSAT").ReviewFirst().Layers.Evaluation);

    [Theory]
    [InlineData(ReviewCadence.Weekly, 14, Rag.Green)]
    [InlineData(ReviewCadence.Weekly, 15, Rag.Amber)]
    [InlineData(ReviewCadence.Biweekly, 28, Rag.Green)]
    [InlineData(ReviewCadence.Biweekly, 29, Rag.Amber)]
    public void Rate_ObservationAge_FreshWithinTwoCadences(ReviewCadence cadence, int age, Rag expected)
    {
        var asOf = ReviewDates.Latest.AddDays(age);
        var review = PortfolioBuilder.Healthy("I1", b => b.Drill(asOf.AddDays(-1)))
            .WithSettings(s => s with { ReviewCadence = cadence })
            .ReviewFirst(asOf);
        Assert.Equal(expected, review.Layers.Evaluation);
    }

    [Fact]
    public void Rate_OverCapUnapproved_EconomicsRed() =>
        Assert.Equal(Rag.Red, PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 600m).ReviewFirst().Layers.Economics);

    [Fact]
    public void Rate_CapZero_EconomicsRed() => Assert.Equal(Rag.Red, Layers(b => b.Cap(0)).Economics);

    [Fact]
    public void Rate_FullCostMissing_EconomicsAmber() =>
        Assert.Equal(Rag.Amber, PortfolioBuilder.Healthy().WithoutSpend("I1")
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 10m).ReviewFirst().Layers.Economics);

    [Fact]
    public void Rate_ForecastOverCap_EconomicsAmber() =>
        Assert.Equal(Rag.Amber, PortfolioBuilder.Healthy()
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 400m).ReviewFirst().Layers.Economics);

    private static LayerRatings Layers(Func<InitiativeBuilder, InitiativeBuilder> change) =>
        PortfolioBuilder.Healthy("I1", change).ReviewFirst().Layers;

    [Fact]
    public void Rate_StatusStopped_WorkflowRed() =>
        Assert.Equal(Rag.Red, Layers(b => b.WithStatus(InitiativeStatus.Stopped)).Workflow);

    [Fact]
    public void Rate_StatusPaused_WorkflowAmber() =>
        Assert.Equal(Rag.Amber, Layers(b => b.WithStatus(InitiativeStatus.Paused)).Workflow);

    [Fact]
    public void Rate_NoStopAuthority_WorkflowAmber() =>
        Assert.Equal(Rag.Amber, Layers(b => b.With(i => i with { StopAuthority = null })).Workflow);

    [Fact]
    public void Rate_RollbackDrillOverdue_PolicyAmber() =>
        Assert.Equal(Rag.Amber, Layers(b => b.Drill(ReviewDates.AsOf.AddDays(-91))).Policy);

    [Fact]
    public void Rate_MetricInStopState_EvaluationRed() =>
        Assert.Equal(Rag.Red, PortfolioBuilder.Healthy().Observe("I1", "Accuracy", ReviewDates.Latest, 70)
            .ReviewFirst().Layers.Evaluation);

    [Fact]
    public void Rate_TargetMissedTwoCyclesInARow_EvaluationRed() =>
        Assert.Equal(Rag.Red, PortfolioBuilder.Healthy()
            .Observe("I1", "Accuracy", ReviewDates.Previous, 80).Observe("I1", "Accuracy", ReviewDates.Latest, 80)
            .ReviewFirst().Layers.Evaluation);

    [Fact]
    public void Rate_NoSuccessMetricButMetrics_EvaluationRed() =>
        Assert.Equal(Rag.Red, Layers(b => b.With(i => i with { SuccessMetric = null })).Evaluation);

    [Fact]
    public void Rate_OverCapWithApprovedOverage_EconomicsAmber()
    {
        var decision = new DecisionBuilder(DecisionType.Overage, "finance@example.com").Amount(100m)
            .At(ReviewDates.ReviewedAt.AddDays(-1)).Build();
        var review = PortfolioBuilder.Healthy("I1", b => b.Overage("finance@example.com", 100m))
            .WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 550m).ReviewFirst(null, decision);
        Assert.True(review.Spend.OverageApproved);
        Assert.Equal(Rag.Amber, review.Layers.Economics);
    }

    public static TheoryData<string, Func<PortfolioBuilder>> StopOrPauseCases => new()
    {
        { "status stopped", () => PortfolioBuilder.Healthy("I1", b => b.WithStatus(InitiativeStatus.Stopped)) },
        { "metric at stop", () => PortfolioBuilder.Healthy().Observe("I1", "Accuracy", ReviewDates.Latest, 70) },
        { "missed twice", () => PortfolioBuilder.Healthy()
            .Observe("I1", "Accuracy", ReviewDates.Previous, 80).Observe("I1", "Accuracy", ReviewDates.Latest, 80) },
        { "over cap", () => PortfolioBuilder.Healthy().WithSpend("I1", new DateOnly(2026, 11, 4), SpendCategory.Cloud, 600m) },
        { "invisible failure", () => PortfolioBuilder.Healthy("I1", b => b.With(i => i with { FailureVisibility = FailureVisibility.Invisible })) },
        { "no owner", () => PortfolioBuilder.Healthy("I1", b => b.Owner(null)) },
    };

    [Theory]
    [MemberData(nameof(StopOrPauseCases))]
    public void Rate_StopOrPauseVerdict_NeverAllGreen(string why, Func<PortfolioBuilder> build)
    {
        var review = build().ReviewFirst();
        Assert.True(review.Verdict is Verdict.Stop or Verdict.Pause, why);
        Assert.NotEqual(new LayerRatings(Rag.Green, Rag.Green, Rag.Green, Rag.Green, Rag.Green), review.Layers);
    }
}
