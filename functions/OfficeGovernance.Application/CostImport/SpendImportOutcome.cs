using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Application.CostImport;

/// <summary>What a cost import does, and the workbook its round trip saves.</summary>
/// <param name="Plan">Rows added, replaced and left, the unallocated cost, and whether anything changes.</param>
/// <param name="Updated">The workbook's new bytes, as the round trip's save writes them; null when <see cref="SpendImportPlan.Unchanged"/> (nothing to save).</param>
/// <param name="Currency">The workbook currency every amount is in.</param>
public sealed record SpendImportOutcome(SpendImportPlan Plan, byte[]? Updated, string Currency);
