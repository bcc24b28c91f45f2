using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Application.CostImport;

/// <summary>What a cost import does, and the workbook to save.</summary>
/// <param name="Plan">Rows added, replaced and left, the unallocated cost, and whether anything changes.</param>
/// <param name="Updated">The workbook's new bytes; null when <see cref="SpendImportPlan.Unchanged"/> (nothing to save).</param>
/// <param name="Currency">The workbook currency every amount is in.</param>
public sealed record SpendImportOutcome(SpendImportPlan Plan, byte[]? Updated, string Currency);
