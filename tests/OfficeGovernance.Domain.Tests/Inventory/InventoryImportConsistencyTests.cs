using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Inventory;

/// <summary>
/// One classifier, one answer (docs/rules.md#risk-classifier): the Initiatives row an import writes reviews at the level the
/// import set from the inventory row, whatever the inventory said.
/// </summary>
public sealed class InventoryImportConsistencyTests
{
    public static TheoryData<string, InventoryUseCase> Cases() => new()
    {
        { "nothing risky", new InventoryCaseBuilder().Build() },
        { "describes nothing", new InventoryCaseBuilder().Topic(null).Purpose("N/A").Outputs("TBD").Pii(SurveyAnswer.Unknown).Build() },
        { "name alone names a purpose", new InventoryCaseBuilder().Name("Parole risk model").Topic(null).Purpose(null).Outputs(null).Build() },
        { "purpose text", new InventoryCaseBuilder().Purpose("Flags benefit claims for eligibility review.").Build() },
        { "outputs text", new InventoryCaseBuilder().Outputs("A list of suspects for investigators.").Build() },
        { "PII", new InventoryCaseBuilder().Pii(SurveyAnswer.Yes).Build() },
        { "demographic features", new InventoryCaseBuilder().Demographics("b) Sex; c) Age").Build() },
        { "public-facing service", new InventoryCaseBuilder().PublicFacing(SurveyAnswer.Yes).Build() },
        { "disseminates to the public", new InventoryCaseBuilder().Disseminates(SurveyAnswer.Yes).Build() },
        { "public-facing and disseminates", new InventoryCaseBuilder().PublicFacing(SurveyAnswer.Yes).Disseminates(SurveyAnswer.Yes).Build() },
        { "face recognition", new InventoryCaseBuilder().Face(SurveyAnswer.Yes).Build() },
        { "agentic", new InventoryCaseBuilder().Classification("Agentic AI: AI systems that perform tasks").Build() },
        { "agentic on PII", new InventoryCaseBuilder().Classification("Agentic AI").Pii(SurveyAnswer.Yes).Build() },
        { "health topic", new InventoryCaseBuilder().Topic("Health & Medical").Build() },
        { "health topic and PII", new InventoryCaseBuilder().Topic("Health & Medical").Pii(SurveyAnswer.Yes).Build() },
        { "health topic and demographics", new InventoryCaseBuilder().Topic("Health and Medical").Demographics("c) Age").Build() },
        { "law enforcement topic only", new InventoryCaseBuilder().Topic("Law Enforcement").Purpose(null).Outputs(null).Build() },
        { "law enforcement topic, PII unanswered", new InventoryCaseBuilder().Topic("Law Enforcement").Pii(SurveyAnswer.Unknown).Build() },
        { "law enforcement topic, office work", new InventoryCaseBuilder().Topic("Law Enforcement").Pii(SurveyAnswer.Yes).Purpose("Legal research.").Build() },
        { "presumed use, PII No", new InventoryCaseBuilder().Purpose("Codes unemployment insurance statistics.").Build() },
        { "presumed use in a research topic", new InventoryCaseBuilder().Topic("Science").Purpose("Public safety maps.").Build() },
        { "infrastructure not controlled", new InventoryCaseBuilder().Purpose("Studies critical infrastructure.").Pii(SurveyAnswer.Unknown).Build() },
        { "describes nothing, PII No", new InventoryCaseBuilder().Topic(null).Purpose("N/A").Outputs("TBD").Build() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Review_ImportedRow_ReachesTheLevelTheImportSet(string because, InventoryUseCase useCase)
    {
        var plan = InventoryImportPlanner.Plan(new InventoryReadResult(InventorySchema.Omb2025, [useCase], []),
            u => new ImportRisk(InventoryClassifier.Classify(u).Level, [], u.DeclaredImpact, null), []);
        var imported = plan.New.Single();

        var review = RiskClassifier.Classify(RiskInputs.From(imported.Initiative)).Level;

        Assert.True(imported.Risk.Level == review, $"{because}: imported {imported.Risk.Level}, reviewed {review}");
        Assert.Equal(imported.Risk.Level == RiskLevel.Unassessed ? null : imported.Risk.Level, imported.Initiative.RiskLevel);
    }

    [Fact]
    public void FromText_PurposeNamesAPresumedHighImpactUse_HighCitingM2521()
    {
        var result = RiskClassifier.Classify(RiskInputs.FromText(null, null, "Scores the recidivism risk of inmates."));

        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Contains(result.DecidingRules, r => r.Rule.Source.StartsWith("OMB M-25-21", StringComparison.Ordinal));
        Assert.Contains(result.DecidingInputs, d => d.StartsWith("Purpose mentions", StringComparison.Ordinal));
    }

    [Fact]
    public void FromText_PurposeOfOfficeWork_LowNotUnassessed()
    {
        var result = RiskClassifier.Classify(RiskInputs.FromText(null, null, "Summarises meeting notes for staff."));

        Assert.Equal(RiskLevel.Low, result.Level);
    }

    [Fact]
    public void FromText_PlaceholderPurposeAndPlainName_Unassessed() =>
        Assert.Equal(RiskLevel.Unassessed, RiskClassifier.Classify(RiskInputs.FromText("Notes", null, "N/A")).Level);

    [Fact]
    public void FromText_PlaceholderPurposeButNameNamesAPresumedUse_High() =>
        Assert.Equal(RiskLevel.High, RiskClassifier.Classify(RiskInputs.FromText("Parole review", null, "N/A")).Level);
}
