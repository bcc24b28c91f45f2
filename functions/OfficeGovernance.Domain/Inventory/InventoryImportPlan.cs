namespace OfficeGovernance.Domain.Inventory;

/// <summary>What an import will do.</summary>
/// <param name="New">Use cases to add, in source order.</param>
/// <param name="AlreadyPresent">Ids of use cases the workbook already holds (left as they are).</param>
/// <param name="Issues">The reader's issues plus the importer's own (id repairs, stage defaults), in source order.</param>
public sealed record InventoryImportPlan(
    IReadOnlyList<ImportedInitiative> New, IReadOnlyList<string> AlreadyPresent, IReadOnlyList<InventoryIssue> Issues);
