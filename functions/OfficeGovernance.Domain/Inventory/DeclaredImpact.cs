namespace OfficeGovernance.Domain.Inventory;

/// <summary>What the agency itself declared about impact. Never a classifier input: kept to compare.</summary>
public enum DeclaredImpact
{
    /// <summary>Declared rights-impacting, safety-impacting, both, or high-impact.</summary>
    High,
    /// <summary>Declared neither / not high-impact.</summary>
    NotHigh,
    /// <summary>Blank, "too new to assess", or anything else.</summary>
    Unknown,
}
