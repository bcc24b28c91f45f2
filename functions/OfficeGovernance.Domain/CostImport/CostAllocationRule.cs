using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>One row of the CostAllocation table (docs/rules.md#cost-import).</summary>
/// <param name="Match">What the rule compares.</param>
/// <param name="Key">The tag key, for <see cref="CostMatch.Tag"/> (trimmed); null otherwise.</param>
/// <param name="Value">The tag value, sub-account id or name, resource id prefix, or service name (trimmed).</param>
/// <param name="InitiativeId">The initiative the matching charges are allocated to, as its Initiatives row spells it.</param>
/// <param name="Category">The category that overrides the FOCUS-derived one; null to keep it.</param>
/// <param name="Row">The table data row, 1-based (rules apply in this order).</param>
public sealed record CostAllocationRule(CostMatch Match, string? Key, string Value, string InitiativeId, SpendCategory? Category, int Row);
