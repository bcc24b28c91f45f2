using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Application.Inventory;

/// <summary>What an import did (docs/rules.md#inventory-import).</summary>
/// <param name="Plan">The rows added, those already present, and every issue.</param>
/// <param name="Created">True when the workbook did not exist and was created.</param>
public sealed record InventoryImportOutcome(InventoryImportPlan Plan, bool Created);
