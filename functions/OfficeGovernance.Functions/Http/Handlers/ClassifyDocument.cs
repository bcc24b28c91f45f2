using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.Classification;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The classification: the level, the inputs that decided it, the rollout rules and the stop conditions.</summary>
/// <param name="Level">Low, Medium, High, or Unassessed when the request declares no purpose, no data and no action.</param>
/// <param name="DecidingInputs">
/// The inputs that decided the level, in words; for High and Medium each with its rule and the rule's source (an OMB
/// M-25-21 clause or docs/rules.md#risk-classifier), as the classify verb reports them.
/// </param>
/// <param name="Rollout">The rollout rules of that level (docs/rules.md#risk-classifier).</param>
/// <param name="StopConditions">Conditions that stop the work as proposed.</param>
public sealed record ClassifyDocument(
    string Level, IReadOnlyList<string> DecidingInputs, RolloutRules Rollout, IReadOnlyList<StopConditionDocument> StopConditions);
