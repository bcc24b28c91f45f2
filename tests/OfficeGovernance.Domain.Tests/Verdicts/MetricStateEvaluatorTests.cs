using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class MetricStateEvaluatorTests
{
    private static readonly Metric Accuracy = new MetricBuilder().HigherIsBetter(90, 75).Build();
    private static readonly Metric HandleTime = MetricBuilder.HandleTime().Build();

    [Theory]
    [InlineData(90, MetricState.Success)]
    [InlineData(90.5, MetricState.Success)]
    [InlineData(89.99, MetricState.Retry)]
    [InlineData(75.01, MetricState.Retry)]
    [InlineData(75, MetricState.Stop)]
    [InlineData(10, MetricState.Stop)]
    public void StateOf_HigherIsBetter_ThresholdsInclusive(double value, MetricState expected) =>
        Assert.Equal(expected, MetricStateEvaluator.StateOf(Accuracy, value));

    [Theory]
    [InlineData(10, MetricState.Success)]
    [InlineData(9, MetricState.Success)]
    [InlineData(10.01, MetricState.Retry)]
    [InlineData(13.99, MetricState.Retry)]
    [InlineData(14, MetricState.Stop)]
    [InlineData(20, MetricState.Stop)]
    public void StateOf_LowerIsBetter_ThresholdsInclusive(double value, MetricState expected) =>
        Assert.Equal(expected, MetricStateEvaluator.StateOf(HandleTime, value));

    [Fact]
    public void StateOf_ThresholdsContradictDirection_Throws()
    {
        var wrong = new MetricBuilder().HigherIsBetter(70, 90).Build();
        var error = Assert.Throws<ArgumentException>(() => MetricStateEvaluator.StateOf(wrong, 80));
        Assert.Contains("contradict", error.Message);
    }

    [Fact]
    public void Evaluate_UsesLatestOnOrBeforeAsOf_IgnoresLaterObservations()
    {
        var observations = new[]
        {
            Observe(ReviewDates.Previous, 70),
            Observe(ReviewDates.AsOf, 80),
            Observe(ReviewDates.AsOf.AddDays(1), 95),
        };
        var review = MetricStateEvaluator.Evaluate(Accuracy, observations, ReviewDates.AsOf);
        Assert.Equal(MetricState.Retry, review.State);
        Assert.Equal(80, review.Latest!.Value);
    }

    [Fact]
    public void Evaluate_NoObservationOnOrBeforeAsOf_Unmeasured()
    {
        var review = MetricStateEvaluator.Evaluate(Accuracy, [Observe(ReviewDates.AsOf.AddDays(1), 95)], ReviewDates.AsOf);
        Assert.Equal(MetricState.Unmeasured, review.State);
        Assert.Null(review.Latest);
        Assert.Equal("Accuracy has no observation on or before 2026-11-20", MetricStateEvaluator.Describe(review, ReviewDates.AsOf));
    }

    [Fact]
    public void Describe_Measured_QuotesValueThresholdsAndUnit()
    {
        var review = MetricStateEvaluator.Evaluate(Accuracy, [Observe(ReviewDates.Latest, 71)], ReviewDates.AsOf);
        Assert.Equal("Accuracy is 71 % (stop at 75 %, success at 90 %)", MetricStateEvaluator.Describe(review, ReviewDates.AsOf));
    }

    private static Observation Observe(DateOnly date, double value) =>
        new() { InitiativeId = "I1", Metric = "Accuracy", PeriodEnd = date, Value = value };
}
