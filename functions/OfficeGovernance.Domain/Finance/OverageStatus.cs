namespace OfficeGovernance.Domain.Finance;

/// <summary>What covers an initiative's spend over its cap in a month (PRODUCT.md section 2, Spend).</summary>
public enum OverageStatus
{
    /// <summary>Spend is not over the cap: nothing to approve.</summary>
    NotOverCap,
    /// <summary>An Overage decision of the OverageApprover covers an excess up to OverageLimit.</summary>
    WithinOverageLimit,
    /// <summary>An Overage decision of someone whose DecisionRights MaxAmount covers the excess.</summary>
    WithinDecisionRights,
    /// <summary>
    /// Only a decision the broken hash chain cannot vouch for would approve it (PRODUCT.md section 3): not counted
    /// as approved.
    /// </summary>
    Unverified,
    /// <summary>No Overage decision approves the excess.</summary>
    NotApproved,
}
