namespace OfficeGovernance.Domain.Spend;

/// <summary>On what ground an excess over the cap is approved (docs/rules.md#overage).</summary>
public enum OverageBasis
{
    /// <summary>An Overage decision of OverageApprover covers an excess up to OverageLimit.</summary>
    WithinOverageLimit,
    /// <summary>An Overage decision of someone whose DecisionRights MaxAmount covers the excess.</summary>
    WithinDecisionRights,
}
