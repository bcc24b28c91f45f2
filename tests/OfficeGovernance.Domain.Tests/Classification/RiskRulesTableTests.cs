using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Classification;

public class RiskRulesTableTests
{
    private static readonly string[] KnownSources =
        ["PRODUCT.md section 2", "OMB M-24-10 rights-/safety-impacting purposes"];

    [Fact]
    public void All_EveryRuleHasConditionAndKnownSource() =>
        Assert.All(RiskRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Condition));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.Contains(KnownSources, s => r.Source.Contains(s, StringComparison.Ordinal));
        });

    [Fact]
    public void All_ConditionsAreUnique() =>
        Assert.Equal(RiskRules.All.Count, RiskRules.All.Select(r => r.Condition).Distinct().Count());

    [Fact]
    public void All_HighRulesComeFirst() =>
        Assert.Equal(RiskRules.All.OrderByDescending(r => r.Level).Select(r => r.Condition), RiskRules.All.Select(r => r.Condition));

    [Fact]
    public void All_InitiativeRulesCiteProductSection2() =>
        Assert.All(RiskRules.All.Where(r => !r.Condition.StartsWith("Inventory", StringComparison.Ordinal)),
            r => Assert.Equal("PRODUCT.md section 2", r.Source));

    [Theory]
    [InlineData(RiskCue.LawEnforcement, RiskLevel.High)]
    [InlineData(RiskCue.BenefitsEligibility, RiskLevel.High)]
    [InlineData(RiskCue.DecisionsAboutIndividuals, RiskLevel.High)]
    [InlineData(RiskCue.Health, RiskLevel.High)]
    [InlineData(RiskCue.PhysicalSafety, RiskLevel.High)]
    [InlineData(RiskCue.CriticalInfrastructure, RiskLevel.High)]
    [InlineData(RiskCue.Biometrics, RiskLevel.High)]
    [InlineData(RiskCue.PersonalData, RiskLevel.Medium)]
    [InlineData(RiskCue.PublicFacingService, RiskLevel.Medium)]
    [InlineData(RiskCue.PublicDissemination, RiskLevel.Medium)]
    [InlineData(RiskCue.DemographicFeatures, RiskLevel.Medium)]
    public void Classify_SingleCue_LevelOfItsRuleWithEvidence(RiskCue cue, RiskLevel level)
    {
        var inputs = new RiskInputs { Cues = [new RiskCueEvidence(cue, "evidence one"), new RiskCueEvidence(cue, "evidence two")] };
        var result = RiskClassifier.Classify(inputs);
        Assert.Equal(level, result.Level);
        Assert.Equal(["evidence one; evidence two"], result.DecidingInputs);
    }

    [Fact]
    public void All_EveryCueHasExactlyOneRule()
    {
        foreach (var cue in Enum.GetValues<RiskCue>())
        {
            var inputs = new RiskInputs { Cues = [new RiskCueEvidence(cue, "e")] };
            Assert.Single(RiskRules.All, r => r.Match(inputs) is not null);
        }
    }

    [Fact]
    public void Classify_InitiativeInputs_NoCueRuleMatches()
    {
        var inputs = RiskInputs.From(new InitiativeBuilder().Build());
        Assert.Empty(inputs.Cues);
        Assert.Equal(RiskLevel.Low, RiskClassifier.Classify(inputs).Level);
    }
}
