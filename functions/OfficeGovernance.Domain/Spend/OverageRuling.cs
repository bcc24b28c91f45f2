using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Spend;

/// <summary>The answer of <c>OverageApproval.Rule</c> for one excess.</summary>
/// <param name="Outcome">
/// <see cref="OverageOutcome.WithinOverageLimit"/> or <see cref="OverageOutcome.WithinDecisionRights"/> when an
/// Overage decision approves the excess, else <see cref="OverageOutcome.NotApproved"/>.
/// </param>
/// <param name="Decision">The approving decision; null when not approved.</param>
/// <param name="Note">Who approved it and on what ground, or why it is not approved, quoting the amounts.</param>
public sealed record OverageRuling(OverageOutcome Outcome, DecisionDraft? Decision, string Note)
{
    /// <summary>True when an Overage decision approves the excess.</summary>
    public bool Approved => Outcome is OverageOutcome.WithinOverageLimit or OverageOutcome.WithinDecisionRights;
}
