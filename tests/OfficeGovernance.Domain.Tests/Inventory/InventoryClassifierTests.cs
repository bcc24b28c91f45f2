using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Inventory;

public class InventoryClassifierTests
{
    private static InventoryCaseBuilder WithLevel(RiskLevel level) => level switch
    {
        RiskLevel.High => new InventoryCaseBuilder().Topic("Law & Justice").Pii(SurveyAnswer.Unknown),
        RiskLevel.Medium => new InventoryCaseBuilder().Pii(SurveyAnswer.Yes),
        _ => new InventoryCaseBuilder(),
    };

    [Theory]
    [InlineData(RiskLevel.High)]
    [InlineData(RiskLevel.Medium)]
    [InlineData(RiskLevel.Low)]
    public void Classify_Level_RolloutOfThatLevel(RiskLevel level)
    {
        var result = InventoryClassifier.Classify(WithLevel(level).Build());
        Assert.Equal(level, result.Level);
        Assert.Equal(RolloutRules.For(level), result.Rollout);
    }

    [Fact]
    public void Classify_HighAndMediumCues_DecidedByHighEvidenceOnly()
    {
        var result = InventoryClassifier.Classify(new InventoryCaseBuilder()
            .Purpose("Predicts who is eligible for a co-pay exemption.").Pii(SurveyAnswer.Yes).Build());
        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Equal(["Purpose mentions \"eligible for\""], result.DecidingRules.Select(r => r.Input));
        var reason = Assert.Single(result.DecidingInputs);
        Assert.StartsWith("Purpose mentions \"eligible for\" (Inventory text names eligibility", reason);
        Assert.EndsWith("; OMB M-25-21 section 6, uses presumed high-impact: access to or eligibility for government benefits and services)", reason);
    }

    [Fact]
    public void Classify_MediumCuesOnly_ListsEachEvidence()
    {
        var result = InventoryClassifier.Classify(new InventoryCaseBuilder()
            .Pii(SurveyAnswer.Yes).PublicFacing(SurveyAnswer.Yes).Disseminates(SurveyAnswer.Yes).Demographics("Age").Build());
        Assert.Equal(RiskLevel.Medium, result.Level);
        Assert.Equal(
            ["InvolvesPii is Yes", "PublicFacingService is Yes", "DisseminatesToPublic is Yes", "DemographicFeatures is \"Age\""],
            result.DecidingRules.Select(r => r.Input));
        Assert.Equal(result.DecidingRules.Select(r => r.ToString()), result.DecidingInputs);
        Assert.All(result.DecidingRules, r => Assert.Contains("docs/rules.md#risk-classifier", r.Rule.Source));
    }

    [Theory]
    [InlineData(RiskLevel.High, DeclaredImpact.NotHigh, true)]
    [InlineData(RiskLevel.High, DeclaredImpact.High, false)]
    [InlineData(RiskLevel.High, DeclaredImpact.Unknown, false)]
    [InlineData(RiskLevel.Medium, DeclaredImpact.High, true)]
    [InlineData(RiskLevel.Medium, DeclaredImpact.NotHigh, false)]
    [InlineData(RiskLevel.Medium, DeclaredImpact.Unknown, false)]
    [InlineData(RiskLevel.Low, DeclaredImpact.High, true)]
    [InlineData(RiskLevel.Low, DeclaredImpact.NotHigh, false)]
    [InlineData(RiskLevel.Low, DeclaredImpact.Unknown, false)]
    public void Classify_ComputedAgainstDeclared_DisagreesOnlyAcrossTheHighLine(
        RiskLevel level, DeclaredImpact declared, bool disagrees)
    {
        var result = InventoryClassifier.Classify(WithLevel(level).Declared(declared, "as declared").Build());
        Assert.Equal(disagrees, result.Disagrees);
        Assert.Equal(disagrees, result.Disagreement is not null);
        Assert.Equal(declared, result.DeclaredImpact);
        Assert.Equal("as declared", result.DeclaredImpactText);
    }

    [Fact]
    public void Classify_DeclaredHighComputedLow_DisagreementQuotesBoth() =>
        Assert.Equal("declared rights- or safety-impacting (\"Rights-Impacting\") but computed Low: review the classifier inputs",
            InventoryClassifier.Classify(WithLevel(RiskLevel.Low).Declared(DeclaredImpact.High, " Rights-Impacting\n").Build())
                .Disagreement);

    [Fact]
    public void Classify_ComputedHighDeclaredNeither_DisagreementAsksToReviewDeclaration() =>
        Assert.Equal("computed High but the agency declared it neither rights- nor safety-impacting: review the declaration",
            InventoryClassifier.Classify(WithLevel(RiskLevel.High).Declared(DeclaredImpact.NotHigh).Build()).Disagreement);

    [Theory]
    [InlineData(DeclaredImpact.High)]
    [InlineData(DeclaredImpact.NotHigh)]
    [InlineData(DeclaredImpact.Unknown)]
    public void Classify_DeclaredImpact_DoesNotChangeLevelEvidenceOrStops(DeclaredImpact declared)
    {
        var builder = new InventoryCaseBuilder().Purpose("Supports passenger screening.").Pii(SurveyAnswer.Yes);
        var baseline = InventoryClassifier.Classify(builder.Build());
        var result = InventoryClassifier.Classify(builder.Declared(declared, "Both").Build());
        Assert.Equal(baseline.Level, result.Level);
        Assert.Equal(baseline.DecidingInputs, result.DecidingInputs);
        Assert.Equal(baseline.StopConditions, result.StopConditions);
    }

    [Fact]
    public void Classify_ContactAndNoPii_OnlySuccessNotMeasurable() =>
        Assert.Equal([StopConditionKind.SuccessNotMeasurable],
            InventoryClassifier.Classify(new InventoryCaseBuilder().Build()).StopConditions.Select(s => s.Kind));

    [Theory]
    [InlineData(null, "no owner: the inventory gives no contact email")]
    [InlineData("  ", "no owner: the inventory gives no contact email")]
    [InlineData("Jane Doe", "no owner: Owner 'Jane Doe' is not an email")]
    public void Classify_NoUsableContact_NoOwner(string? contact, string message)
    {
        var stops = InventoryClassifier.Classify(new InventoryCaseBuilder().Contact(contact).Build()).StopConditions;
        Assert.Equal(new StopCondition(StopConditionKind.NoOwner, message), stops[0]);
    }

    [Fact]
    public void Classify_PersonalData_CustomerDataWithoutReview() =>
        Assert.Contains(StopConditionKind.CustomerDataWithoutReview,
            InventoryClassifier.Classify(new InventoryCaseBuilder().Pii(SurveyAnswer.Yes).Build()).StopConditions.Select(s => s.Kind));

    [Fact]
    public void Classify_Null_Throws() => Assert.Throws<ArgumentNullException>(() => InventoryClassifier.Classify(null!));
}
