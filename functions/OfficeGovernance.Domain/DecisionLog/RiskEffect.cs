namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>What a decision did to risk (docs/rules.md#decision-log).</summary>
public enum RiskEffect
{
    /// <summary>No change to risk.</summary>
    None,
    /// <summary>Risk went up.</summary>
    Raised,
    /// <summary>Risk went down.</summary>
    Lowered,
}
