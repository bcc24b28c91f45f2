using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Inventory;

namespace OfficeGovernance.Domain.Tests.Classification;

/// <summary>
/// Each context that rebuts an M-25-21 section 6 presumption (docs/rules.md#risk-classifier): a row where it does
/// (Medium, the presumption shown with its clause) and a near miss where it does not (High).
/// </summary>
public class PresumptionContextTests
{
    private const string ContextSource = "OMB M-25-21 section 6, uses presumed high-impact: the presumption read with";

    private static InventoryClassification Classify(InventoryCaseBuilder builder) => InventoryClassifier.Classify(builder.Build());

    private static void AssertRebutted(InventoryClassification result, string inputStart)
    {
        Assert.Equal(RiskLevel.Medium, result.Level);
        var rule = Assert.Single(result.DecidingRules, d => d.Rule.Source.StartsWith(ContextSource, StringComparison.Ordinal));
        Assert.StartsWith(inputStart, rule.Input);
    }

    [Fact]
    public void Classify_PresumedUseInAResearchTopicWithoutPii_MediumForReview()
    {
        var result = Classify(new InventoryCaseBuilder().Topic("Science").Pii(SurveyAnswer.No)
            .Purpose("Estimates earthquake magnitudes for public safety warnings."));

        AssertRebutted(result, "Purpose mentions \"public safety\", in a research topic area (TopicArea mentions \"science\") and InvolvesPii is No");
    }

    [Theory]
    [InlineData("Science", SurveyAnswer.Yes)]
    [InlineData("Science", SurveyAnswer.Unknown)]
    [InlineData("Mission-Enabling", SurveyAnswer.No)]
    public void Classify_PresumedUseWithPiiOrUnansweredOrOutsideResearch_StaysHigh(string topic, SurveyAnswer pii) =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Topic(topic).Pii(pii)
            .Purpose("Estimates earthquake magnitudes for public safety warnings.")).Level);

    [Fact]
    public void Classify_ResearchWordOutsideTheTopicArea_StaysHigh() =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Topic("Mission-Enabling").Pii(SurveyAnswer.No)
            .Purpose("Research tool that estimates earthquake magnitudes for public safety warnings.")).Level);

    [Fact]
    public void Classify_RightsPresumptionWithPiiNoAndNoPersonNamed_MediumForReview()
    {
        var result = Classify(new InventoryCaseBuilder().Pii(SurveyAnswer.No).Purpose("Codes unemployment insurance statistics by industry."));

        AssertRebutted(result, "Purpose mentions \"unemployment insurance\", with no person or investigation named, and InvolvesPii is No");
    }

    [Theory]
    [InlineData(SurveyAnswer.Yes, "Codes unemployment insurance statistics by industry.")]
    [InlineData(SurveyAnswer.Unknown, "Codes unemployment insurance statistics by industry.")]
    [InlineData(SurveyAnswer.No, "Codes unemployment insurance claimants by industry.")]
    [InlineData(SurveyAnswer.No, "Links unemployment insurance cases for investigators.")]
    public void Classify_RightsPresumptionWithPiiOrAPersonNamed_StaysHigh(SurveyAnswer pii, string purpose) =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Pii(pii).Purpose(purpose)).Level);

    [Fact]
    public void Classify_SafetyPresumptionWithPiiNo_StaysHigh() =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Pii(SurveyAnswer.No).Purpose("Finds weapons in baggage images.")).Level);

    [Fact]
    public void Classify_LawEnforcementTopicOnlyForOfficeWorkWithPii_MediumForReview()
    {
        var result = Classify(new InventoryCaseBuilder().Topic("Law Enforcement").Pii(SurveyAnswer.Yes)
            .Purpose("Legal research assistant for attorneys.").Outputs("Recommended statutes and caselaw."));

        Assert.Equal(RiskLevel.Medium, result.Level);
        Assert.Contains(result.DecidingRules, d => d.Input.StartsWith(
            "TopicArea mentions \"law enforcement\" only, for office work (Purpose mentions \"legal research\")", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Law Enforcement", "Legal research on the cases of an investigation.")]
    [InlineData("Law Enforcement", "Translates seized documents for attorneys.")]
    [InlineData("Mission-Enabling", "Legal research for the prosecution of offenders.")]
    public void Classify_LawEnforcementNamedInTheTextOrNoOfficeWorkOrAPersonNamed_StaysHigh(string topic, string purpose) =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Topic(topic).Pii(SurveyAnswer.Yes).Purpose(purpose).Outputs(null)).Level);

    [Fact]
    public void Classify_InfrastructureNamedWithoutControl_MediumForReview()
    {
        var result = Classify(new InventoryCaseBuilder().Pii(SurveyAnswer.Unknown).Purpose("Detects anomalies in critical infrastructure network logs."));

        AssertRebutted(result, "Purpose mentions \"critical infrastructure\", with nothing the AI controls, operates or navigates");
    }

    [Fact]
    public void Classify_InfrastructureTheAiControls_StaysHigh() =>
        Assert.Equal(RiskLevel.High, Classify(new InventoryCaseBuilder().Pii(SurveyAnswer.Unknown)
            .Purpose("Operates pumps of the drinking water system in critical infrastructure.")).Level);

    [Fact]
    public void Classify_RebuttedRowDescribingNothingElse_NeverLowNeverUnassessed() =>
        Assert.Equal(RiskLevel.Medium, Classify(new InventoryCaseBuilder().Topic("Law Enforcement").Purpose("Chatbot.").Outputs(null)).Level);

    [Fact]
    public void NoPersonalData_BlankPiiAnswer_NeverReadAsNo()
    {
        var inputs = InventoryRiskMapper.ToInputs(new InventoryCaseBuilder().Pii(SurveyAnswer.Unknown).Build());

        Assert.Null(PresumptionContext.NoPersonalData(inputs));
    }

    [Fact]
    public void NoPersonalData_InitiativeWithInternalDataOnly_ReadsAsNo()
    {
        var inputs = RiskInputs.FromText(null, "Law Enforcement", "Legal research assistant.") with
        {
            DataTouched = new HashSet<DataCategory> { DataCategory.Internal },
        };

        Assert.Equal("DataTouched is Internal", PresumptionContext.NoPersonalData(inputs));
        Assert.Equal(RiskLevel.Medium, RiskClassifier.Classify(inputs).Level);
    }
}
