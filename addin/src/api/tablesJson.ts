/**
 * One table as the pane sends it to `POST /api/review` (the backend's TablesJson contract, docs/rules.md#http-api-contract).
 * A cell is a string, number (dates as Excel serials in the workbook time zone), boolean, null for an empty cell, or
 * `{ "error": "#N/A" }` for an error cell.
 */
export type CellJson = string | number | boolean | null | { error: string };

/** A data row: its 1-based sheet row and one cell per header. */
export interface RowJson {
  sheetRow: number;
  cells: CellJson[];
}

/** A table read by name: sheet, 1-based first column and header row, headers and rows. */
export interface TableJson {
  name: string;
  sheet: string;
  firstColumn: number;
  headerRow: number;
  headers: string[];
  rows: RowJson[];
}
