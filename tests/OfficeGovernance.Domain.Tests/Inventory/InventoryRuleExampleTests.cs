using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Inventory;

/// <summary>Every inventory rule of <see cref="RiskRules.All"/>: a row that fires it, and a near miss that does not.</summary>
public class InventoryRuleExampleTests
{
    // PII left unanswered: an answer of No is context that can rebut a presumption (PresumptionContextTests).
    private static InventoryClassification Classify(string purpose) => InventoryClassifier.Classify(new InventoryCaseBuilder()
        .Name("Tool").Topic("Mission-Enabling").Purpose(purpose).Pii(SurveyAnswer.Unknown).Build());

    private static readonly RiskCueEvidence[] Controls = [new(RiskCue.ControlsEquipment, "Purpose mentions \"controls\"")];

    [Theory]
    [InlineData(RiskCue.BenefitsEligibility, "Determines eligibility for housing assistance from the application.")]
    [InlineData(RiskCue.BenefitsEligibility, "Flags overpayments before a benefit is paid.")]
    [InlineData(RiskCue.Employment, "Ranks job applicants for the hiring manager.")]
    [InlineData(RiskCue.Employment, "Supports background investigations for security clearances.")]
    [InlineData(RiskCue.LawEnforcement, "Matches license plates against a hot list for investigators.")]
    [InlineData(RiskCue.LawEnforcement, "Estimates recidivism of offenders before parole hearings.")]
    [InlineData(RiskCue.Immigration, "Sorts asylum applications for officers.")]
    [InlineData(RiskCue.Immigration, "Screens travellers at ports of entry.")]
    [InlineData(RiskCue.Biometrics, "Compares a selfie with the passport photo using face matching.")]
    [InlineData(RiskCue.Biometrics, "Speaker identification on recorded calls.")]
    [InlineData(RiskCue.Health, "Suggests a treatment plan for each patient.")]
    [InlineData(RiskCue.Health, "Reads medical imaging to prioritise radiology worklists.")]
    [InlineData(RiskCue.FinancialSupervision, "Scores the credit risk of supervised banks for bank examiners.")]
    [InlineData(RiskCue.FinancialSupervision, "Ranks loan applications by creditworthiness.")]
    [InlineData(RiskCue.PhysicalControl, "Adjusts signals for traffic control at intersections.")]
    [InlineData(RiskCue.PhysicalControl, "Steers autonomous vehicles on the base.")]
    [InlineData(RiskCue.SecurityScreening, "Finds weapons in baggage images.")]
    [InlineData(RiskCue.SecurityScreening, "Grants access control to the building from badge and camera data.")]
    [InlineData(RiskCue.Education, "Ranks scholarship essays for the award panel.")]
    [InlineData(RiskCue.Education, "Detects plagiarism in student submissions.")]
    public void Classify_TextOfAPresumedHighImpactPurpose_HighByThatRuleWithItsClause(RiskCue cue, string purpose)
    {
        var result = Classify(purpose);

        Assert.Equal(RiskLevel.High, result.Level);
        var rule = Assert.Single(RiskRules.All, r => r.Level == RiskLevel.High &&
            r.Match(new RiskInputs { Cues = [new RiskCueEvidence(cue, "e")], Context = Controls }) is not null);
        var deciding = Assert.Single(result.DecidingRules, d => d.Rule == rule);
        Assert.StartsWith("Purpose mentions \"", deciding.Input);
        Assert.StartsWith("OMB M-25-21 section 6, uses presumed high-impact: ", deciding.Rule.Source);
        Assert.Contains(deciding.ToString(), result.DecidingInputs);
    }

    [Theory]
    [InlineData("Summarises the expected benefits of the programme for the annual report.")]
    [InlineData("Drafts position descriptions to speed up hiring.")]
    [InlineData("Regulatory enforcement letters are drafted for review.")]
    [InlineData("Summarises border wall construction contracts.")]
    [InlineData("The team faces challenges with a system named IRIS.")]
    [InlineData("Studies medical literature to find research trends.")]
    [InlineData("Forecasts the price of credit default swaps for economists.")]
    [InlineData("Improves workplace safety training material.")]
    [InlineData("Drafts a security awareness newsletter.")]
    [InlineData("Summarises education research for the library.")]
    public void Classify_NearMissOfAPresumedHighImpactPurpose_Low(string purpose)
    {
        var result = Classify(purpose);

        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Empty(result.DecidingRules);
    }

    [Theory]
    [InlineData(SurveyAnswer.Yes, RiskLevel.High)]
    [InlineData(SurveyAnswer.No, RiskLevel.Medium)]
    [InlineData(SurveyAnswer.Unknown, RiskLevel.Medium)]
    public void Classify_HealthTopicWithPii_HighAsRegulatedDataOnlyWithPii(SurveyAnswer pii, RiskLevel expected)
    {
        var result = InventoryClassifier.Classify(new InventoryCaseBuilder().Topic("Health & Medical").Pii(pii).Build());

        Assert.Equal(expected, result.Level);
        Assert.Equal(expected == RiskLevel.High, result.DecidingRules.Any(d => d.Rule.Source == "DataTouched Regulated, docs/rules.md#risk-classifier"));
    }

    [Theory]
    [InlineData("c) Age", RiskLevel.High)]
    [InlineData("k) None of the above", RiskLevel.Medium)]
    public void Classify_HealthTopicWithDemographicFeatures_HighAsRegulatedData(string features, RiskLevel expected) =>
        Assert.Equal(expected, InventoryClassifier.Classify(new InventoryCaseBuilder().Topic("Health and Medical").Demographics(features).Build()).Level);

    [Theory]
    [InlineData(SurveyAnswer.Yes, RiskLevel.High)]
    [InlineData(SurveyAnswer.No, RiskLevel.Medium)]
    public void Classify_AgenticAiWithPii_HighAsUpdatingPeoplesRecords(SurveyAnswer pii, RiskLevel expected)
    {
        var result = InventoryClassifier.Classify(new InventoryCaseBuilder().Classification("Agentic AI").Pii(pii).Build());

        Assert.Equal(expected, result.Level);
        Assert.Equal(expected == RiskLevel.High,
            result.DecidingRules.Any(d => d.Rule.Source == "Update records on Customer personal data, docs/rules.md#risk-classifier"));
    }

    public static TheoryData<string, InventoryUseCase, RiskCue> StructuredFires() => new()
    {
        { "PII", new InventoryCaseBuilder().Pii(SurveyAnswer.Yes).Build(), RiskCue.PersonalData },
        { "public-facing service", new InventoryCaseBuilder().PublicFacing(SurveyAnswer.Yes).Build(), RiskCue.PublicFacingService },
        { "dissemination", new InventoryCaseBuilder().Disseminates(SurveyAnswer.Yes).Build(), RiskCue.PublicDissemination },
        { "demographic features", new InventoryCaseBuilder().Demographics("Age").Build(), RiskCue.DemographicFeatures },
        { "agentic", new InventoryCaseBuilder().Classification("Agentic AI").Build(), RiskCue.AgenticAi },
        { "health topic", new InventoryCaseBuilder().Topic("Health & Medical").Build(), RiskCue.HealthTopic },
        { "face recognition", new InventoryCaseBuilder().Face(SurveyAnswer.Yes).Build(), RiskCue.Biometrics },
    };

    [Theory]
    [MemberData(nameof(StructuredFires))]
    public void Classify_StructuredSignal_LevelOfItsRule(string signal, InventoryUseCase useCase, RiskCue cue)
    {
        var result = InventoryClassifier.Classify(useCase);

        var rule = Assert.Single(RiskRules.All, r => r.Match(new RiskInputs { Cues = [new RiskCueEvidence(cue, "e")] }) is not null);
        Assert.True(rule.Level == result.Level, signal);
        Assert.Equal(rule, Assert.Single(result.DecidingRules).Rule);
        Assert.Matches(cue == RiskCue.Biometrics ? "^OMB M-25-21 section 6" : "docs/rules.md#risk-classifier", rule.Source);
    }

    public static TheoryData<string, InventoryUseCase> StructuredNearMisses() => new()
    {
        { "PII No", new InventoryCaseBuilder().Pii(SurveyAnswer.No).Build() },
        { "public-facing Unknown", new InventoryCaseBuilder().PublicFacing(SurveyAnswer.Unknown).Build() },
        { "dissemination No", new InventoryCaseBuilder().Disseminates(SurveyAnswer.No).Build() },
        { "demographic None", new InventoryCaseBuilder().Demographics("[\"None\"]").Build() },
        { "generative, not agentic", new InventoryCaseBuilder().Classification("Generative AI").Build() },
        { "environment topic", new InventoryCaseBuilder().Topic("Energy & the Environment").Build() },
        { "face recognition No", new InventoryCaseBuilder().Face(SurveyAnswer.No).Build() },
    };

    [Theory]
    [MemberData(nameof(StructuredNearMisses))]
    public void Classify_StructuredNearMiss_Low(string signal, InventoryUseCase useCase) =>
        Assert.True(InventoryClassifier.Classify(useCase).Level == RiskLevel.Low, signal);
}
