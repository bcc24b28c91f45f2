using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Inventory;

/// <summary>An inventory row that describes nothing is Unassessed, never Low or Medium (docs/rules.md#risk-classifier).</summary>
public class InventoryUnassessedTests
{
    private static InventoryCaseBuilder Silent() =>
        new InventoryCaseBuilder().Name("Generative AI Usage").Topic(null).Purpose(null).Outputs(null);

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("N/A", "TBD", " ")]
    [InlineData("Other", "None", "n/a.")]
    [InlineData("-", "?", "Not applicable")]
    public void Classify_NoTopicPurposeOrOutputsText_Unassessed(string? topic, string? purpose, string? outputs)
    {
        var result = InventoryClassifier.Classify(Silent().Topic(topic).Purpose(purpose).Outputs(outputs).Build());

        Assert.Equal(RiskLevel.Unassessed, result.Level);
        Assert.Contains(result.StopConditions, s => s.Kind == StopConditionKind.RiskNotAssessed);
    }

    [Fact]
    public void Classify_UndescribedAndDeclaredHigh_UnassessedAndFlagged()
    {
        var result = InventoryClassifier.Classify(Silent().Declared(DeclaredImpact.High, "High-impact").Build());

        Assert.Equal(RiskLevel.Unassessed, result.Level);
        Assert.True(result.Disagrees);
        Assert.Contains("computed Unassessed", result.Disagreement);
    }

    [Theory]
    [InlineData("topic", "Mission-Enabling", null, null)]
    [InlineData("purpose", null, "Summarise meeting notes.", null)]
    [InlineData("outputs", null, null, "A summary.")]
    public void Classify_AnyDescribingText_Low(string field, string? topic, string? purpose, string? outputs) =>
        Assert.True(InventoryClassifier.Classify(Silent().Topic(topic).Purpose(purpose).Outputs(outputs).Build()).Level == RiskLevel.Low, field);

    [Fact]
    public void Classify_OnlyADataAnswer_MediumByThatAnswer() =>
        Assert.Equal(RiskLevel.Medium, InventoryClassifier.Classify(Silent().Pii(SurveyAnswer.Yes).Build()).Level);

    [Fact]
    public void Classify_OnlyAnAgenticClassification_Medium() =>
        Assert.Equal(RiskLevel.Medium, InventoryClassifier.Classify(Silent().Classification("Agentic AI").Build()).Level);

    [Fact]
    public void Classify_NameNamesAPresumedHighImpactPurpose_High() =>
        Assert.Equal(RiskLevel.High, InventoryClassifier.Classify(Silent().Name("Facial recognition at the gate").Build()).Level);

    [Fact]
    public void Classify_NameAloneWithoutCue_NotDescribed() =>
        Assert.Equal(RiskLevel.Unassessed, InventoryClassifier.Classify(Silent().Name("Meeting notes summariser").Build()).Level);

    [Fact]
    public void Plan_UnassessedRow_RiskLevelLeftBlankSoTheReviewClassifiesIt()
    {
        var read = new InventoryReadResult(InventorySchema.Omb2025, [Silent().Build(), new InventoryCaseBuilder().Build()], []);

        var plan = InventoryImportPlanner.Plan(read,
            u => new ImportRisk(InventoryClassifier.Classify(u).Level, [], u.DeclaredImpact, null), []);

        Assert.Null(plan.New[0].Initiative.RiskLevel);
        Assert.Equal(RiskLevel.Unassessed, RiskClassifier.Classify(RiskInputs.From(plan.New[0].Initiative)).Level);
        Assert.Equal(RiskLevel.Low, plan.New[1].Initiative.RiskLevel);
    }
}
