namespace OfficeGovernance.Domain.Workbooks;

/// <summary>One data row of a <see cref="TableData"/>.</summary>
/// <param name="SheetRow">The row's number on the sheet, 1-based.</param>
/// <param name="Cells">One value per table column, in the order of <see cref="TableData.Headers"/>; shorter lists mean empty trailing cells.</param>
public sealed record TableRow(int SheetRow, IReadOnlyList<CellValue> Cells)
{
    /// <summary>The value in a table column (0-based), or <see cref="CellValue.Empty"/> past the end.</summary>
    public CellValue this[int columnIndex] => columnIndex < Cells.Count ? Cells[columnIndex] : CellValue.Empty;
}
