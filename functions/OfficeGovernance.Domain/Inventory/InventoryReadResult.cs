namespace OfficeGovernance.Domain.Inventory;

/// <summary>An inventory file read and normalised.</summary>
/// <param name="Schema">The format detected from the headers.</param>
/// <param name="UseCases">The use cases, in source order.</param>
/// <param name="Issues">Every rejected, repaired or skipped value, in source order.</param>
public sealed record InventoryReadResult(
    InventorySchema Schema, IReadOnlyList<InventoryUseCase> UseCases, IReadOnlyList<InventoryIssue> Issues);
