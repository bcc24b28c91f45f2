namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>A table row: its 1-based sheet row and one cell per header: string, number, boolean, null or <c>{"error":"#N/A"}</c>.</summary>
/// <param name="SheetRow">The 1-based sheet row.</param>
/// <param name="Cells">The cells, left to right (a <see cref="RowCells"/> when read by <see cref="RequestBody"/>).</param>
public sealed record RowJson(int SheetRow, IReadOnlyList<CellJson>? Cells);
