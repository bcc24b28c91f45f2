namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>One source cell as read: its text, and for an XLSX number cell the number (dates are serials).</summary>
/// <param name="Text">The cell's text as stored (a number cell's invariant text; an error cell's code such as <c>#NAME?</c>).</param>
/// <param name="Number">The value of an XLSX number or date cell; null for text and for every CSV cell.</param>
/// <param name="IsError">True for an XLSX formula error cell.</param>
internal readonly record struct InventoryCell(string Text, double? Number = null, bool IsError = false)
{
    /// <summary>An empty cell.</summary>
    public static InventoryCell Empty { get; } = new(string.Empty);
}

/// <summary>One source row: the sheet row (XLSX) or CSV record number, and its cells by 0-based column.</summary>
/// <param name="SourceRow">The sheet row number, or the CSV record number (the first record being 1).</param>
/// <param name="Cells">The cells; columns past the end are empty.</param>
internal sealed record InventorySourceRow(int SourceRow, InventoryCell[] Cells)
{
    /// <summary>The cell at a 0-based column, empty past the end or for a negative column.</summary>
    public InventoryCell this[int column] =>
        column >= 0 && column < Cells.Length ? Cells[column] : InventoryCell.Empty;
}
