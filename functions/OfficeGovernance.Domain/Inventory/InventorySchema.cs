namespace OfficeGovernance.Domain.Inventory;

/// <summary>The inventory formats the importer knows (shared/data README; docs/rules.md#inventory-import).</summary>
public enum InventorySchema
{
    /// <summary>OMB's 2024 consolidated federal AI use case inventory (long survey headers, no id column).</summary>
    Omb2024,
    /// <summary>DHS's December 2024 inventory (Use Case ID, separate rights/safety columns).</summary>
    Dhs2024,
    /// <summary>The OMB M-25-21 (2025) schema: short CSV names, or the XLSX with long headers on sheet row 2.</summary>
    Omb2025,
}
