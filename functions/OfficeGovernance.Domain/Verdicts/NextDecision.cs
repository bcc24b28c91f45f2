using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The next decision an initiative needs, who may take it and by when (workbook time zone), and whether it is due now
/// (docs/rules.md#next-decision-and-flags).
/// </summary>
/// <param name="Type">The decision type.</param>
/// <param name="Due">The date it is due.</param>
/// <param name="Approvers">Approvers whose decision rights allow it; empty when nobody may (itself a finding).</param>
/// <param name="WaitingBecause">Why the decision is waiting now; null when none is due.</param>
/// <param name="AtStake">Money at stake, workbook currency: the excess for an Overage, else the larger of the month's
/// forecast spend and the monthly cap.</param>
public sealed record NextDecision(
    DecisionType Type, DateOnly Due, IReadOnlyList<string> Approvers, string? WaitingBecause = null, decimal AtStake = 0m)
{
    /// <summary>True when a decision is waiting now (<see cref="WaitingBecause"/> is set).</summary>
    public bool IsWaiting => WaitingBecause is not null;
}
