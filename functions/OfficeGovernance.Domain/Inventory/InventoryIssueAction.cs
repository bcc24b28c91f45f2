namespace OfficeGovernance.Domain.Inventory;

/// <summary>What the importer did with a value it could not take as it was.</summary>
public enum InventoryIssueAction
{
    /// <summary>The value was dropped (the field is left empty); the rest of the row was kept.</summary>
    Rejected,
    /// <summary>The value was changed (for example a 1905 serial date read as a year); the message says how.</summary>
    Repaired,
    /// <summary>The whole row was skipped (for example an exact duplicate or a row without a name).</summary>
    Skipped,
}
