using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// An agent outside the portfolio (docs/rules.md#agent-sync): an Agents row with no InitiativeId, the
/// seeds' shadow AI, which the review lists so someone assigns it to an initiative or retires it.
/// </summary>
/// <param name="Agent">The Agents row.</param>
/// <param name="StopCondition">Its stop condition (no owner, no kill-switch owner, no rollback path); null when none
/// holds or the agent is Paused or Retired.</param>
public sealed record OutsideAgent(Agent Agent, StopCondition? StopCondition);
