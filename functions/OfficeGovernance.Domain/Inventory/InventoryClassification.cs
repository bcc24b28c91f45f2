using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// The classifier's answer for one inventory use case, with the agency's declared impact next to it for review
/// (docs/rules.md#inventory-import).
/// </summary>
/// <param name="Level">
/// The computed level: the highest any rule of <see cref="RiskRules.All"/> sets; when none matches, Low if the row
/// describes the work, else Unassessed (never Low: docs/rules.md#risk-classifier).
/// </param>
/// <param name="DecidingInputs">
/// What set the level, in rule order: for High and Medium each input with the rule and its source, such as
/// <c>Purpose mentions "eligibility" (Inventory text names eligibility ...; OMB M-25-21 section 6, ...)</c>; for Low
/// and Unassessed why no rule held.
/// </param>
/// <param name="DecidingRules">The rules that set a High or Medium level, each with its input; empty otherwise.</param>
/// <param name="Rollout">The rollout rules for the level.</param>
/// <param name="StopConditions">
/// Stop conditions that hold for an imported row: no owner (no contact email), personal data without a declared
/// review, success not measurable (an inventory carries no scorecard), and risk not assessed (Unassessed).
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
    IReadOnlyList<RiskRuleMatch> DecidingRules,
    RolloutRules Rollout,
    IReadOnlyList<StopCondition> StopConditions,
    DeclaredImpact DeclaredImpact,
    string? DeclaredImpactText,
    bool Disagrees,
    string? Disagreement);
