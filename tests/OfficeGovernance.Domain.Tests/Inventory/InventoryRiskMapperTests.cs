using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Domain.Tests.Inventory;

public class InventoryRiskMapperTests
{
    private static IReadOnlyList<RiskCueEvidence> Cues(InventoryCaseBuilder builder) =>
        InventoryRiskMapper.ToInputs(builder.Build()).Cues;

    [Fact]
    public void ToInputs_InternalSummary_NoCueAndNothingDeclared()
    {
        var inputs = InventoryRiskMapper.ToInputs(new InventoryCaseBuilder().Build());
        Assert.Empty(inputs.Cues);
        Assert.Empty(inputs.DataTouched);
        Assert.Empty(inputs.Actions);
        Assert.Null(inputs.Audience);
        Assert.Null(inputs.HumanCheckpoint);
    }

    [Theory]
    [InlineData(RiskCue.PersonalData, "InvolvesPii is Yes")]
    [InlineData(RiskCue.PublicFacingService, "PublicFacingService is Yes")]
    [InlineData(RiskCue.PublicDissemination, "DisseminatesToPublic is Yes")]
    [InlineData(RiskCue.Biometrics, "FaceRecognition is Yes")]
    public void ToInputs_StructuredYes_RaisesCueWithEvidence(RiskCue cue, string evidence) =>
        Assert.Equal([new RiskCueEvidence(cue, evidence)], Cues(Answer(cue, SurveyAnswer.Yes)));

    [Theory]
    [InlineData(RiskCue.PersonalData, SurveyAnswer.No)]
    [InlineData(RiskCue.PersonalData, SurveyAnswer.Unknown)]
    [InlineData(RiskCue.PublicFacingService, SurveyAnswer.No)]
    [InlineData(RiskCue.PublicFacingService, SurveyAnswer.Unknown)]
    [InlineData(RiskCue.PublicDissemination, SurveyAnswer.No)]
    [InlineData(RiskCue.PublicDissemination, SurveyAnswer.Unknown)]
    [InlineData(RiskCue.Biometrics, SurveyAnswer.No)]
    [InlineData(RiskCue.Biometrics, SurveyAnswer.Unknown)]
    public void ToInputs_StructuredNoOrUnknown_NoCue(RiskCue cue, SurveyAnswer answer) =>
        Assert.Empty(Cues(Answer(cue, answer)));

    [Theory]
    [InlineData("Age")]
    [InlineData("[\"Race/Ethnicity\",\"Sex/Gender\"]")]
    [InlineData("Other: income")]
    [InlineData("b) Sex; c) Age")]
    public void ToInputs_DemographicFeaturesNamed_RaisesCueQuotingThem(string features) =>
        Assert.Equal([new RiskCueEvidence(RiskCue.DemographicFeatures, $"DemographicFeatures is \"{features}\"")],
            Cues(new InventoryCaseBuilder().Demographics(features)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("N/A")]
    [InlineData("NA")]
    [InlineData("[\"None\"]")]
    [InlineData("Not applicable.")]
    [InlineData("None\u00A0N/A")]
    [InlineData("k) None of the above")]
    public void ToInputs_DemographicFeaturesNone_NoCue(string? features) =>
        Assert.Empty(Cues(new InventoryCaseBuilder().Demographics(features)));

    [Fact]
    public void ToInputs_TextCue_EvidenceNamesEachFieldAndPhrase()
    {
        var cues = Cues(new InventoryCaseBuilder()
            .Name("Inmate records triage")
            .Topic("Law & Justice")
            .Purpose("Supports criminal history checks.")
            .Outputs("Lists suspects and suspects' contacts."));
        Assert.Equal(
        [
            new RiskCueEvidence(RiskCue.LawEnforcement, "Name mentions \"inmate\""),
            new RiskCueEvidence(RiskCue.LawEnforcement, "TopicArea mentions \"law & justice\""),
            new RiskCueEvidence(RiskCue.LawEnforcement, "Purpose mentions \"criminal history\""),
            new RiskCueEvidence(RiskCue.LawEnforcement, "Outputs mentions \"suspects\""),
        ], cues);
    }

    [Fact]
    public void ToInputs_DeclaredImpact_NeverRead()
    {
        var builder = new InventoryCaseBuilder().Purpose("Alerts clinicians.").Pii(SurveyAnswer.Yes).Demographics("Age");
        var baseline = Cues(builder.Declared(DeclaredImpact.Unknown));
        foreach (var (impact, text) in new (DeclaredImpact, string?)[]
        {
            (DeclaredImpact.High, "Both"), (DeclaredImpact.NotHigh, "Neither"), (DeclaredImpact.High, "law enforcement facial recognition"),
            (DeclaredImpact.NotHigh, null),
        })
        {
            Assert.Equal(baseline, Cues(builder.Declared(impact, text)));
        }
    }

    [Fact]
    public void ToInputs_AgencyBureauAndStage_NeverRead()
    {
        var useCase = new InventoryCaseBuilder().Build();
        var other = useCase with
        {
            Agency = "Department of Justice", Bureau = "Border Patrol", StageText = "In production",
            ContactEmail = null, SourceId = "criminal-1",
        };
        Assert.Equal(InventoryRiskMapper.ToInputs(useCase).Cues, InventoryRiskMapper.ToInputs(other).Cues);
    }

    [Fact]
    public void ToInputs_Null_Throws() => Assert.Throws<ArgumentNullException>(() => InventoryRiskMapper.ToInputs(null!));

    private static InventoryCaseBuilder Answer(RiskCue cue, SurveyAnswer answer) => cue switch
    {
        RiskCue.PersonalData => new InventoryCaseBuilder().Pii(answer),
        RiskCue.PublicFacingService => new InventoryCaseBuilder().PublicFacing(answer),
        RiskCue.PublicDissemination => new InventoryCaseBuilder().Disseminates(answer),
        RiskCue.Biometrics => new InventoryCaseBuilder().Face(answer),
        _ => throw new ArgumentOutOfRangeException(nameof(cue), cue, "not a structured cue"),
    };
}
