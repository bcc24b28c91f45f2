namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// What becomes of an initiative's spend over its cap in one month, the one answer of the overage rule for the review
/// (<see cref="OverageApproval"/>), the finance report and the digests (docs/rules.md#overage). The member names are
/// the wire values of the finance report's <c>status</c>.
/// </summary>
public enum OverageOutcome
{
    /// <summary>Spend is not over the cap: nothing to approve.</summary>
    NotOverCap,
    /// <summary>An Overage decision of the OverageApprover covers an excess up to OverageLimit.</summary>
    WithinOverageLimit,
    /// <summary>An Overage decision of someone whose DecisionRights MaxAmount covers the excess.</summary>
    WithinDecisionRights,
    /// <summary>
    /// Only a decision the broken hash chain cannot vouch for would approve it (docs/rules.md#finance-report): not
    /// counted as approved. Only the finance report, which weighs decisions by the chain, answers this.
    /// </summary>
    Unverified,
    /// <summary>No Overage decision approves the excess.</summary>
    NotApproved,
}
