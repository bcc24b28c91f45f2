using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Decisions;

/// <summary>What <see cref="DecisionRecording"/> did.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Entry">The entry logged (or replayed); null unless <see cref="DecisionOutcomeKind.Recorded"/> or <see cref="DecisionOutcomeKind.Replayed"/>.</param>
/// <param name="Check">The decision rights check; null when it was not reached.</param>
/// <param name="Holder">The workbook the id is bound to, for the holder outcomes.</param>
/// <param name="Initiative">The initiative decided on; null for a Rebind or when unknown.</param>
/// <param name="Log">The log the entry went to (keyed by the WorkbookId it may just have been given).</param>
public sealed record DecisionOutcome(
    DecisionOutcomeKind Kind, DecisionEntry? Entry, DecisionRightsResult? Check, string? Holder, Initiative? Initiative,
    IDecisionLogStore Log);
