using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Classification;

public class RiskClassifierTests
{
    private static RiskInputs Inputs(
        DataCategory[]? data = null, WorkAction[]? actions = null, Audience? audience = Audience.Internal) => new()
    {
        DataTouched = (data ?? [DataCategory.Internal]).ToHashSet(),
        Actions = (actions ?? [WorkAction.Summarize]).ToHashSet(),
        Audience = audience,
        HumanCheckpoint = HumanCheckpoint.ApproveEachOutput,
        Owner = "owner@example.com",
        SuccessMetric = "Hours saved",
    };

    [Theory]
    [InlineData(WorkAction.ChangePermissions, "Actions include Change permissions")]
    [InlineData(WorkAction.ChangeBilling, "Actions include Change billing")]
    [InlineData(WorkAction.DeployCode, "Actions include Deploy code")]
    [InlineData(WorkAction.DecideAutonomously, "Actions include Decide autonomously")]
    public void Classify_HighImpactAction_High(WorkAction action, string deciding)
    {
        var result = RiskClassifier.Classify(Inputs(actions: [WorkAction.Draft, action]));
        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Equal([deciding], result.DecidingInputs);
    }

    [Theory]
    [InlineData(DataCategory.Regulated)]
    [InlineData(DataCategory.Credentials)]
    public void Classify_RegulatedOrCredentialsData_High(DataCategory data) =>
        Assert.Equal(RiskLevel.High, RiskClassifier.Classify(Inputs(data: [data])).Level);

    [Fact]
    public void Classify_UpdateRecordsOnCustomerPersonal_HighNotMedium()
    {
        var result = RiskClassifier.Classify(Inputs([DataCategory.CustomerPersonal], [WorkAction.UpdateRecords]));
        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Equal(["Actions include Update records on DataTouched Customer personal"], result.DecidingInputs);
    }

    [Fact]
    public void Classify_UpdateRecordsOnInternal_Medium()
    {
        var result = RiskClassifier.Classify(Inputs([DataCategory.Internal], [WorkAction.UpdateRecords]));
        Assert.Equal(RiskLevel.Medium, result.Level);
        Assert.Equal(["Actions include Update records on internal data"], result.DecidingInputs);
    }

    [Theory]
    [InlineData(Audience.Public, RiskLevel.High)]
    [InlineData(Audience.Internal, RiskLevel.Low)]
    [InlineData(Audience.CustomerFacing, RiskLevel.Medium)]
    public void Classify_PublishDependsOnAudience(Audience audience, RiskLevel expected) =>
        Assert.Equal(expected, RiskClassifier.Classify(Inputs(actions: [WorkAction.Publish], audience: audience)).Level);

    [Theory]
    [InlineData(DataCategory.CustomerPersonal)]
    [InlineData(DataCategory.Financial)]
    public void Classify_CustomerPersonalOrFinancialData_Medium(DataCategory data) =>
        Assert.Equal(RiskLevel.Medium, RiskClassifier.Classify(Inputs(data: [data])).Level);

    [Fact]
    public void Classify_SendExternally_Medium() =>
        Assert.Equal(RiskLevel.Medium, RiskClassifier.Classify(Inputs(actions: [WorkAction.SendExternally])).Level);

    [Fact]
    public void Classify_MediumInputsOnly_ListsEveryMediumInput()
    {
        var result = RiskClassifier.Classify(Inputs([DataCategory.Financial], [WorkAction.SendExternally], Audience.CustomerFacing));
        Assert.Equal(["Audience is Customer-facing", "Actions include Send externally", "DataTouched includes Financial"],
            result.DecidingInputs);
    }

    [Fact]
    public void Classify_InternalSummary_LowWithRollout()
    {
        var result = RiskClassifier.Classify(Inputs());
        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Single(result.DecidingInputs);
        Assert.Equal("the owner spot-checks outputs weekly", result.Rollout.ApprovalCheckpoint);
        Assert.Equal("an off switch", result.Rollout.RollbackPath);
        Assert.Empty(result.StopConditions);
    }

    [Theory]
    [InlineData(RiskLevel.Medium, "every output sent, kept 90 days")]
    [InlineData(RiskLevel.High, "every input, output and action, kept one year")]
    public void RolloutFor_Level_LoggingFromProduct(RiskLevel level, string logging) =>
        Assert.Equal(logging, RolloutRules.For(level).Logging);

    [Fact]
    public void Classify_MissingOwnerSuccessMetricAndReview_ReportsStopConditions()
    {
        var inputs = Inputs([DataCategory.CustomerPersonal], [WorkAction.DeployCode]) with
        {
            Owner = null, SuccessMetric = " ", HumanCheckpoint = HumanCheckpoint.SpotCheck,
        };
        var kinds = RiskClassifier.Classify(inputs).StopConditions.Select(c => c.Kind);
        Assert.Equal(
        [
            StopConditionKind.NoOwner, StopConditionKind.CustomerDataWithoutReview,
            StopConditionKind.UnapprovedHighImpactChange, StopConditionKind.SuccessNotMeasurable,
        ], kinds);
    }
}
