namespace OfficeGovernance.Domain.CostImport;

/// <summary>Which FOCUS cost column an import sums (docs/rules.md#cost-import: EffectiveCost, or BilledCost when asked).</summary>
public enum CostBasis
{
    /// <summary>EffectiveCost: the amortized cost after discounts and commitments (the default).</summary>
    EffectiveCost,
    /// <summary>BilledCost: what the invoice charges.</summary>
    BilledCost,
}
