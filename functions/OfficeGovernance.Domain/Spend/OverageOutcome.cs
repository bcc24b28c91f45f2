namespace OfficeGovernance.Domain.Finance;

/// <summary>What covers an initiative's spend over its cap in a month (docs/rules.md#overage).</summary>
public enum OverageStatus
{
    /// <summary>Spend is not over the cap: nothing to approve.</summary>
    NotOverCap,
    /// <summary>An Overage decision of the OverageApprover covers an excess up to OverageLimit.</summary>
    WithinOverageLimit,
    /// <summary>An Overage decision of someone whose DecisionRights MaxAmount covers the excess.</summary>
    WithinDecisionRights,
    /// <summary>
    /// Only a decision the broken hash chain cannot vouch for would approve it (docs/rules.md#finance-report): not counted
    /// as approved.
    /// </summary>
    Unverified,
    /// <summary>No Overage decision approves the excess.</summary>
    NotApproved,
}
