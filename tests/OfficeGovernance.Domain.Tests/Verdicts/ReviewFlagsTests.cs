using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class ReviewFlagsTests
{
    [Fact]
    public void For_Healthy_None() => Assert.Empty(PortfolioBuilder.Healthy().ReviewFirst().Flags);

    [Theory]
    [InlineData(Stage.EarlyProduction, 91, true)]
    [InlineData(Stage.ScaledRollout, 90, false)]
    [InlineData(Stage.Pilot, 200, false)]
    public void For_DrillAgeBeyondPilot_Overdue(Stage stage, int age, bool flagged)
    {
        var flags = PortfolioBuilder.Healthy("I1", b => b.AtStage(stage).Drill(ReviewDates.AsOf.AddDays(-age))).ReviewFirst().Flags;
        Assert.Equal(flagged, flags.Any(f => f.StartsWith("rollback drill overdue", StringComparison.Ordinal)));
    }

    [Fact]
    public void For_NeverDrilledInProduction_Overdue() =>
        Assert.Contains("rollback drill overdue: no rollback drill recorded",
            PortfolioBuilder.Healthy("I1", b => b.AtStage(Stage.EnterpriseOperations).Drill(null)).ReviewFirst().Flags);

    [Fact]
    public void For_ReviewAndDecisionDatesPast_BothFlagged()
    {
        var flags = PortfolioBuilder.Healthy("I1", b => b.With(i => i with
        {
            NextReviewDate = new DateOnly(2026, 11, 19), DecisionDueDate = new DateOnly(2026, 11, 1),
        })).ReviewFirst().Flags;
        Assert.Equal(
            ["review overdue: NextReviewDate 2026-11-19 is past", "decision overdue: DecisionDueDate 2026-11-01 is past"],
            flags);
    }

    [Fact]
    public void For_DatesOnAsOf_NotPast() =>
        Assert.Empty(PortfolioBuilder.Healthy("I1", b => b.With(i => i with
        {
            NextReviewDate = ReviewDates.AsOf, DecisionDueDate = ReviewDates.AsOf,
        })).ReviewFirst().Flags);

    [Fact]
    public void For_RiskLevelDisagreesWithClassifier_Flagged()
    {
        var flags = PortfolioBuilder.Healthy("I1", b => b.Data(DataCategory.Credentials)).ReviewFirst().Flags;
        Assert.Equal(["RiskLevel Low disagrees with the classifier's High (DataTouched includes Credentials)"], flags);
    }
}
