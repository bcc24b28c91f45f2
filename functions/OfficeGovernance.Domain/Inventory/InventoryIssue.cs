namespace OfficeGovernance.Domain.Inventory;

/// <summary>One rejected, repaired or skipped value, located in the source.</summary>
/// <param name="SourceRow">The sheet row (XLSX) or CSV record number (header = 1).</param>
/// <param name="Column">The source column header (trimmed), or "(row)" for whole-row issues.</param>
/// <param name="Value">The value as found.</param>
/// <param name="Action">What was done.</param>
/// <param name="Message">Why, and the repaired value where there is one.</param>
public sealed record InventoryIssue(int SourceRow, string Column, string Value, InventoryIssueAction Action, string Message);
