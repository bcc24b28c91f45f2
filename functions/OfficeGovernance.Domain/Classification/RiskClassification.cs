using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Classification;

/// <summary>The classifier's answer (docs/rules.md#risk-classifier).</summary>
/// <param name="Level">
/// The risk level: the highest any rule sets; when none matches, Low if the inputs describe the work, else Unassessed.
/// </param>
/// <param name="DecidingInputs">The inputs that set the level, in rule order, such as "Actions include Deploy code".</param>
/// <param name="DecidingRules">
/// The rules that set the level, each with its source and the input that made it hold, in rule order; empty for Low
/// and Unassessed, which no rule sets.
/// </param>
/// <param name="Rollout">The rollout rules for the level.</param>
/// <param name="StopConditions">
/// Stop conditions that hold on the inputs alone: no owner, customer data without review, success not measurable
/// (no success metric), a permissions/billing/production change (which needs a logged Launch or Exception
/// decision by a High-risk approver before it runs), and risk not assessed (Unassessed).
/// </param>
public sealed record RiskClassification(
    RiskLevel Level, IReadOnlyList<string> DecidingInputs, IReadOnlyList<RiskRuleMatch> DecidingRules, RolloutRules Rollout,
    IReadOnlyList<StopCondition> StopConditions);
