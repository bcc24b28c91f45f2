using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Domain.Tests.Inventory;

public class InventoryCueLexiconTests
{
    private static IReadOnlyList<RiskCue> CuesIn(string text) =>
        InventoryRiskMapper.ToInputs(new InventoryCaseBuilder().Name("x").Topic(null).Purpose(text).Outputs(null).Build())
            .Cues.Select(c => c.Cue).Distinct().ToArray();

    public static TheoryData<RiskCue, string> EveryPhrase()
    {
        var data = new TheoryData<RiskCue, string>();
        foreach (var (cue, phrases) in InventoryCueLexicon.All)
        {
            foreach (var phrase in phrases)
            {
                data.Add(cue, phrase);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPhrase))]
    public void Phrase_InUpperCaseInsideASentence_RaisesItsCue(RiskCue cue, string phrase) =>
        Assert.Contains(cue, CuesIn($"The tool ({phrase.ToUpperInvariant()}) supports staff."));

    [Theory]
    [InlineData(RiskCue.LawEnforcement, "Helps agents identify criminals from seized records.")]
    [InlineData(RiskCue.LawEnforcement, "Supports Law & Justice work.")]
    [InlineData(RiskCue.Immigration, "Triage of deportation case files.")]
    [InlineData(RiskCue.BenefitsEligibility, "Flags claims likely to need a second review.")]
    [InlineData(RiskCue.BenefitsEligibility, "Predicts who is eligible for a co-pay exemption.")]
    [InlineData(RiskCue.Employment, "Scores essays for employment decisions.")]
    [InlineData(RiskCue.BenefitsEligibility, "Routes cases to an adjudicator.")]
    [InlineData(RiskCue.Health, "Alerts clinicians to patients at risk.")]
    [InlineData(RiskCue.Health, "Extracts findings from medical records.")]
    [InlineData(RiskCue.SecurityScreening, "Detects prohibited items during passenger screening.")]
    [InlineData(RiskCue.SecurityScreening, "Supports on-person screening.")]
    [InlineData(RiskCue.PhysicalControl, "Forecasts load on the electric grid.")]
    [InlineData(RiskCue.Biometrics, "1:1 facial matching at the gate.")]
    [InlineData(RiskCue.Biometrics, "Checks fingerprint quality at enrolment.")]
    public void Text_ContextSpecificPhrase_RaisesCue(RiskCue cue, string text) => Assert.Contains(cue, CuesIn(text));

    [Theory]
    [InlineData("Monitors the health of the IT system and reports outages.")]
    [InlineData("Expected benefits: faster drafting of internal memos.")]
    [InlineData("Reads disclaimers and reclaims storage.")]
    [InlineData("Accident investigation reports are summarised for engineers.")]
    [InlineData("Disease surveillance dashboards for researchers.")]
    [InlineData("Regulatory enforcement letters are drafted for review.")]
    [InlineData("Fault diagnosis of pumps from vibration data.")]
    [InlineData("Improves workplace safety training material.")]
    [InlineData("The team faces challenges with a system named IRIS.")]
    [InlineData("Computes a risk score for each well.")]
    [InlineData("Drafts position descriptions to speed up hiring.")]
    [InlineData("Screens grant applications for completeness.")]
    [InlineData("Studies medical literature to find research trends.")]
    [InlineData("Checkpoints the model during training.")]
    [InlineData("Maps post-fire treatment areas from drone images.")]
    [InlineData("Predicts changes in Medicare drug prices.")]
    [InlineData("Removes names from health records before they are shared.")]
    [InlineData("Summarises supervisory notes for team leads.")]
    public void Text_NearMiss_RaisesNoHighCue(string text) => Assert.Empty(CuesIn(text));

    public static TheoryData<string> LeftOutPhrases() => new(InventoryCueLexicon.LeftOut.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(LeftOutPhrases))]
    public void Phrase_LeftOutByTheTuning_RaisesNoCueAlone(string phrase) =>
        Assert.Empty(CuesIn($"The tool ({phrase}) supports staff."));

    [Fact]
    public void All_IsTheCandidatesWithoutTheLeftOutPhrases()
    {
        Assert.All(InventoryCueLexicon.LeftOut, p => Assert.Contains(InventoryCueLexicon.Candidates, l => l.Phrases.Contains(p)));
        Assert.Equal(
            InventoryCueLexicon.Candidates.Select(l => l.Phrases.Where(p => !InventoryCueLexicon.LeftOut.Contains(p))),
            InventoryCueLexicon.All.Select(l => l.Phrases.AsEnumerable()));
    }

    [Fact]
    public void All_EveryListIsNonEmptyWithoutBlankOrDuplicatePhrases() =>
        Assert.All(InventoryCueLexicon.All, entry =>
        {
            Assert.NotEmpty(entry.Phrases);
            Assert.All(entry.Phrases, p => Assert.False(string.IsNullOrWhiteSpace(p)));
            Assert.Equal(entry.Phrases.Count, entry.Phrases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        });

    [Fact]
    public void All_CoversEveryTextCueOnce() =>
        Assert.Equal(
            [
                RiskCue.BenefitsEligibility, RiskCue.Employment, RiskCue.LawEnforcement, RiskCue.Immigration,
                RiskCue.Biometrics, RiskCue.Health, RiskCue.FinancialSupervision, RiskCue.PhysicalControl,
                RiskCue.SecurityScreening, RiskCue.Education, RiskCue.HealthTopic,
            ],
            InventoryCueLexicon.All.Select(e => e.Cue));
}
