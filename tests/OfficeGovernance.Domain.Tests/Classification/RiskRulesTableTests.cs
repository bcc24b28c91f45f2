using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.Classification;

public class RiskRulesTableTests
{
    private static readonly string[] KnownSources =
        ["docs/rules.md#risk-classifier", "OMB M-25-21 section 6, uses presumed high-impact: "];

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
            r => Assert.Equal("docs/rules.md#risk-classifier", r.Source));

    [Theory]
    [InlineData(RiskCue.BenefitsEligibility, RiskLevel.High)]
    [InlineData(RiskCue.Employment, RiskLevel.High)]
    [InlineData(RiskCue.LawEnforcement, RiskLevel.High)]
    [InlineData(RiskCue.Immigration, RiskLevel.High)]
    [InlineData(RiskCue.Biometrics, RiskLevel.High)]
    [InlineData(RiskCue.Health, RiskLevel.High)]
    [InlineData(RiskCue.FinancialSupervision, RiskLevel.High)]
    [InlineData(RiskCue.SecurityScreening, RiskLevel.High)]
    [InlineData(RiskCue.Education, RiskLevel.High)]
    [InlineData(RiskCue.HealthTopic, RiskLevel.Medium)]
    [InlineData(RiskCue.AgenticAi, RiskLevel.Medium)]
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
        var rule = Assert.Single(result.DecidingRules);
        Assert.Equal(("evidence one; evidence two", level), (rule.Input, rule.Rule.Level));
    }

    [Fact]
    public void All_EveryHighInventoryRuleCitesItsM2521PurposeOrTheRegulatedDataRule() =>
        Assert.All(RiskRules.All.Where(r => r.Level == RiskLevel.High && r.Condition.StartsWith("Inventory", StringComparison.Ordinal)),
            r => Assert.Matches(@"^(OMB M-25-21 section 6, uses presumed high-impact: \w|DataTouched Regulated, docs/rules\.md#risk-classifier$|Update records on Customer personal data, docs/rules\.md#risk-classifier$)", r.Source));

    [Fact]
    public void All_EveryCueHasExactlyOneRule()
    {
        foreach (var cue in Enum.GetValues<RiskCue>().Except(ContextCues))
        {
            var inputs = new RiskInputs { Cues = [new RiskCueEvidence(cue, "e")] };
            Assert.Single(RiskRules.All, r => r.Match(inputs) is not null);
        }
    }

    private static readonly RiskCue[] ContextCues =
        [RiskCue.ResearchTopic, RiskCue.BackOfficeWork, RiskCue.NamesPeople, RiskCue.ControlsEquipment, RiskCue.NoPersonalData];

    [Fact]
    public void Classify_ContextCuesAlone_NoRuleAndUnassessed()
    {
        var inputs = new RiskInputs { Context = ContextCues.Select(c => new RiskCueEvidence(c, "e")).ToArray() };
        Assert.DoesNotContain(RiskRules.All, r => r.Match(inputs) is not null);
        Assert.Equal(RiskLevel.Unassessed, RiskClassifier.Classify(inputs).Level);
    }

    [Fact]
    public void Classify_InitiativeInputs_NoCueRuleMatches()
    {
        var inputs = RiskInputs.From(new InitiativeBuilder().Build());
        Assert.Empty(inputs.Cues);
        Assert.Equal(RiskLevel.Low, RiskClassifier.Classify(inputs).Level);
    }
}
