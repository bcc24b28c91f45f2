using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Classification;

/// <summary>docs/rules.md#risk-classifier: inputs that describe nothing are Unassessed, never Low, and pause the work.</summary>
public class UnassessedTests
{
    private static InitiativeBuilder Undescribed(InitiativeBuilder b) =>
        b.With(i => i with { Workflow = null, DataTouched = new HashSet<DataCategory>(), Actions = new HashSet<WorkAction>() })
            .Risk(null);

    [Fact]
    public void Classify_NothingDeclared_UnassessedWithTheStopCondition()
    {
        var result = RiskClassifier.Classify(new RiskInputs { Owner = "owner@example.com", SuccessMetric = "Hours saved" });

        Assert.Equal(RiskLevel.Unassessed, result.Level);
        Assert.Equal([RiskClassifier.NotDescribed], result.DecidingInputs);
        Assert.Empty(result.DecidingRules);
        var stop = Assert.Single(result.StopConditions);
        Assert.Equal(StopConditionKind.RiskNotAssessed, stop.Kind);
        Assert.StartsWith("risk cannot be assessed: the use case is not described", stop.Message);
        Assert.Equal(RolloutRules.For(RiskLevel.High).Logging, result.Rollout.Logging);
        Assert.StartsWith("not assessed: describe the use case or set RiskLevel", result.Rollout.ApprovalCheckpoint);
    }

    public static TheoryData<string, RiskInputs> DescribedButHarmless() => new()
    {
        { "workflow text", new RiskInputs { DescribedBy = ["Workflow"] } },
        { "data None", new RiskInputs { DataTouched = new HashSet<DataCategory> { DataCategory.None } } },
        { "internal data", new RiskInputs { DataTouched = new HashSet<DataCategory> { DataCategory.Internal } } },
        { "an action", new RiskInputs { Actions = new HashSet<WorkAction> { WorkAction.Summarize } } },
    };

    [Theory]
    [MemberData(nameof(DescribedButHarmless))]
    public void Classify_DescribedWithoutHighOrMediumInput_Low(string what, RiskInputs inputs) =>
        Assert.True(RiskClassifier.Classify(inputs).Level == RiskLevel.Low, what);

    [Theory]
    [InlineData(Audience.Internal)]
    [InlineData(Audience.Public)]
    public void Classify_OnlyAnAudience_StillUnassessed(Audience audience) =>
        Assert.Equal(RiskLevel.Unassessed, RiskClassifier.Classify(new RiskInputs { Audience = audience }).Level);

    [Fact]
    public void Classify_OnlyCustomerFacing_MediumByItsRuleNotUnassessed() =>
        Assert.Equal(RiskLevel.Medium, RiskClassifier.Classify(new RiskInputs { Audience = Audience.CustomerFacing }).Level);

    [Theory]
    [InlineData("Support replies", true)]
    [InlineData("N/A", false)]
    [InlineData(" tbd. ", false)]
    [InlineData("--", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void From_InitiativeWorkflow_DescribesOnlyWhenItSaysSomething(string? workflow, bool describes) =>
        Assert.Equal(describes, RiskInputs.From(new InitiativeBuilder().With(i => i with
        {
            Workflow = workflow, DataTouched = new HashSet<DataCategory>(), Actions = new HashSet<WorkAction>(),
        }).Build()).DescribesWork);

    [Fact]
    public void Review_BlankRiskLevelAndNothingDescribed_PausesOnRiskNotAssessed()
    {
        var review = PortfolioBuilder.Healthy("I1", Undescribed).ReviewFirst();

        Assert.Equal(RiskLevel.Unassessed, review.RiskLevel);
        Assert.Equal(Verdict.Pause, review.Verdict);
        Assert.Equal([StopConditionKind.RiskNotAssessed], review.StopConditions.Select(s => s.Kind));
        Assert.Equal(Rag.Red, review.Layers.Policy);
    }

    [Theory]
    [InlineData(RiskLevel.Low)]
    [InlineData(RiskLevel.High)]
    public void Review_RiskLevelSetOnAnUndescribedInitiative_NoStopConditionAndNoDisagreementFlag(RiskLevel set)
    {
        var review = PortfolioBuilder.Healthy("I1", b => Undescribed(b).Risk(set)).ReviewFirst();

        Assert.Equal(set, review.RiskLevel);
        Assert.DoesNotContain(review.StopConditions, s => s.Kind == StopConditionKind.RiskNotAssessed);
        Assert.DoesNotContain(review.Flags, f => f.Contains("disagrees", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_DescribedOnceWorkflowIsFilled_StopConditionGone()
    {
        var review = PortfolioBuilder.Healthy("I1", b => Undescribed(b).With(i => i with { Workflow = "Drafts replies" })).ReviewFirst();

        Assert.Equal(RiskLevel.Low, review.RiskLevel);
        Assert.Empty(review.StopConditions);
    }

    [Theory]
    [InlineData(RiskLevel.High, true)]
    [InlineData(RiskLevel.Medium, false)]
    [InlineData(RiskLevel.Low, false)]
    public void Check_UnassessedInitiative_NeedsAnApproverEntitledToHigh(RiskLevel maxRisk, bool allowed)
    {
        var right = new DecisionRight { Type = DecisionType.Launch, Approver = "a@x.com", Scope = "*", MaxRiskLevel = maxRisk, Row = 1 };

        var result = DecisionRightsChecker.Check([right], DecisionType.Launch, "a@x.com", "I1", 0m, RiskLevel.Unassessed);

        Assert.Equal(allowed, result.Allowed);
        if (!allowed)
        {
            Assert.Contains("ranked as High until the use case is described", result.Message);
        }
    }

    [Theory]
    [InlineData("Unassessed")]
    [InlineData("unassessed")]
    public void EnumLabels_Unassessed_NeverAWorkbookValue(string text)
    {
        Assert.False(EnumLabels<RiskLevel>.TryParse(text, out _));
        Assert.Equal(["Low", "Medium", "High"], EnumLabels<RiskLevel>.All);
        Assert.Equal("Unassessed", EnumLabels<RiskLevel>.Label(RiskLevel.Unassessed));
    }
}
