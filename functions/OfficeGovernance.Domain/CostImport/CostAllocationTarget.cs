using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>Where a charge was allocated.</summary>
/// <param name="InitiativeId">The initiative.</param>
/// <param name="Category">The rule's category, overriding the FOCUS-derived one; null to keep that.</param>
public sealed record CostAllocationTarget(string InitiativeId, SpendCategory? Category);
