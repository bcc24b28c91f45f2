using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// The classifier's answer for one inventory use case, with the agency's declared impact next to it for review
/// (PRODUCT.md section 2, Risk classifier and Inventory import).
/// </summary>
/// <param name="Level">The computed level: the highest any rule of <see cref="RiskRules.All"/> sets, Low when none matches.</param>
/// <param name="DecidingInputs">The evidence that set the level, in rule order, such as <c>Purpose mentions "eligibility"</c>.</param>
/// <param name="Rollout">The rollout rules for the level.</param>
/// <param name="StopConditions">
/// Stop conditions that hold for an imported row: no owner (no contact email), personal data without a declared
/// review, and success not measurable (an inventory carries no scorecard).
/// </param>
/// <param name="DeclaredImpact">The agency's declared impact, copied after classification, for reporting only.</param>
/// <param name="DeclaredImpactText">The declared impact as written; null when blank.</param>
/// <param name="Disagrees">
/// True when the computed level is High and the agency declared not high-impact, or the computed level is not High
/// and the agency declared high-impact. An Unknown declaration never disagrees.
/// </param>
/// <param name="Disagreement">The disagreement in words for the reviewer; null when <paramref name="Disagrees"/> is false.</param>
public sealed record InventoryClassification(
    RiskLevel Level,
    IReadOnlyList<string> DecidingInputs,
    RolloutRules Rollout,
    IReadOnlyList<StopCondition> StopConditions,
    DeclaredImpact DeclaredImpact,
    string? DeclaredImpactText,
    bool Disagrees,
    string? Disagreement);
