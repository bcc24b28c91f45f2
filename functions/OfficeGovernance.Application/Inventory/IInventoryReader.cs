using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Application.Inventory;

/// <summary>
/// Reads an AI use-case inventory file (CSV or XLSX, the 2024 or 2025 schema; docs/rules.md#inventory-import).
/// Implemented in Infrastructure over its inventory reader.
/// </summary>
public interface IInventoryReader
{
    /// <summary>Reads an inventory.</summary>
    /// <param name="path">The inventory file (.csv or .xlsx).</param>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The file is missing, or is not an inventory of a known schema.</exception>
    InventoryReadResult Read(string path);
}
