using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Spend;

/// <summary>The answer of <c>OverageApproval.Rule</c> for one excess.</summary>
/// <param name="Approved">True when an Overage decision approves the excess.</param>
/// <param name="Decision">The approving decision; null when not approved.</param>
/// <param name="Basis">Why that decision approves it; null when not approved.</param>
/// <param name="Note">Who approved it and on what ground, or why it is not approved, quoting the amounts.</param>
public sealed record OverageRuling(bool Approved, DecisionDraft? Decision, OverageBasis? Basis, string Note);
