namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// Risk level, ordered: Low &lt; Medium &lt; High. <see cref="Unassessed"/> is the classifier's answer when the inputs
/// describe nothing (docs/rules.md#risk-classifier): never a workbook value, and ranked as High wherever levels
/// are compared (<see cref="RiskLevelRank"/>), because no evidence is never read as low risk.
/// </summary>
public enum RiskLevel
{
    /// <summary>Internal summaries, first drafts, formatting, research collection, non-customer-facing analysis.</summary>
    Low,
    /// <summary>Customer-facing drafts, sending externally, updating internal records, customer personal or financial data.</summary>
    Medium,
    /// <summary>Production, billing or permission changes, customer data updates, regulated content, presumed high-impact purposes.</summary>
    High,
    /// <summary>The inputs say nothing about the work; computed only, never read from a workbook.</summary>
    [ComputedOnly] Unassessed,
}
