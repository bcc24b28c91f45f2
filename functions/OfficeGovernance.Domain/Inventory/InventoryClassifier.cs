using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// Classifies an AI inventory use case with the one rule table <see cref="RiskRules.All"/> and flags where the
/// agency's declared impact disagrees (docs/rules.md#inventory-import).
/// </summary>
public static class InventoryClassifier
{
    /// <summary>
    /// The computed level from the classifier inputs alone (<see cref="InventoryRiskMapper.ToInputs(InventoryUseCase)"/>), its evidence
    /// with the deciding rules and their sources, rollout rules and stop conditions; then the declared impact and
    /// whether it disagrees (an Unassessed row declared high-impact disagrees; its stop condition says why).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="useCase"/> is null.</exception>
    public static InventoryClassification Classify(InventoryUseCase useCase) => Classify(useCase, InventoryRiskMapper.ToInputs(useCase));

    /// <summary>
    /// <see cref="Classify(InventoryUseCase)"/> with the phrases of <paramref name="matcher"/> (the leave-agencies-out
    /// evaluation: the phrase lists as tuned without the use case's agency).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static InventoryClassification Classify(InventoryUseCase useCase, PhraseMatcher matcher) =>
        Classify(useCase, InventoryRiskMapper.ToInputs(useCase, matcher));

    private static InventoryClassification Classify(InventoryUseCase useCase, RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        var computed = RiskClassifier.Classify(inputs);
        var stops = StopConditionsOf(useCase, computed.Level);
        IReadOnlyList<string> reasons = computed.DecidingRules.Count == 0
            ? computed.DecidingInputs
            : computed.DecidingRules.Select(r => r.ToString()).ToArray();
        // The declared impact is read only now, after the level is fixed: it is compared, never an input.
        var disagreement = DisagreementOf(computed.Level, useCase.DeclaredImpact, useCase.DeclaredImpactText);
        return new InventoryClassification(computed.Level, reasons, computed.DecidingRules, computed.Rollout, stops,
            useCase.DeclaredImpact, Blank(useCase.DeclaredImpactText), disagreement is not null, disagreement);
    }

    /// <summary>
    /// The disagreement between a computed level and a declared impact in words, or null when they agree or the
    /// declaration is Unknown.
    /// </summary>
    public static string? DisagreementOf(RiskLevel computed, DeclaredImpact declared, string? declaredText)
    {
        var quoted = Blank(declaredText) is { } text ? $" (\"{text}\")" : "";
        return (computed, declared) switch
        {
            (RiskLevel.High, DeclaredImpact.NotHigh) =>
                $"computed High but the agency declared it neither rights- nor safety-impacting{quoted}: review the declaration",
            (not RiskLevel.High, DeclaredImpact.High) =>
                $"declared rights- or safety-impacting{quoted} but computed {computed}: review the classifier inputs",
            _ => null,
        };
    }

    private static IReadOnlyList<StopCondition> StopConditionsOf(InventoryUseCase useCase, RiskLevel level)
    {
        var conditions = new List<StopCondition>();
        if (string.IsNullOrWhiteSpace(useCase.ContactEmail))
        {
            conditions.Add(new StopCondition(StopConditionKind.NoOwner, "no owner: the inventory gives no contact email"));
        }
        else if (StopConditionRules.NoOwner(useCase.ContactEmail) is { } notEmail)
        {
            conditions.Add(notEmail);
        }
        if (useCase.InvolvesPii == SurveyAnswer.Yes)
        {
            conditions.Add(new StopCondition(StopConditionKind.CustomerDataWithoutReview,
                "customer data without review: InvolvesPii is Yes and the inventory declares no human checkpoint"));
        }
        conditions.Add(new StopCondition(StopConditionKind.SuccessNotMeasurable,
            "success cannot be measured: an inventory row has no SuccessMetric or Metrics rows"));
        if (StopConditionRules.RiskNotAssessed(level) is { } unassessed)
        {
            conditions.Add(unassessed);
        }
        return conditions;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
